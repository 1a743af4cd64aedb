package fr.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    // Few iterations keep the unit tests fast; the format and the logic are the same.
    private final PasswordHash hash = new PasswordHash(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hash.hash("Secret-123!".toCharArray());
        assertTrue(hash.verify("Secret-123!".toCharArray(), stored));
        assertFalse(hash.verify("secret-123!".toCharArray(), stored));
        assertFalse(hash.verify("".toCharArray(), stored));
    }

    @Test
    void storesTheAlgorithmAndIterationsButNotThePassword() {
        String stored = hash.hash("Secret-123!".toCharArray());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:1000:"), stored);
        assertFalse(stored.contains("Secret"));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hash.hash("same".toCharArray()), hash.hash("same".toCharArray()));
    }

    @Test
    void verifiesHashesMadeWithAnotherIterationCount() {
        String older = new PasswordHash(2_000).hash("pw".toCharArray());
        assertTrue(hash.verify("pw".toCharArray(), older));
    }

    @Test
    void rejectsMalformedStoredValues() {
        assertFalse(hash.verify("pw".toCharArray(), null));
        assertFalse(hash.verify("pw".toCharArray(), "plain-text"));
        assertFalse(hash.verify("pw".toCharArray(), "MD5:1000:AAAA:BBBB"));
        assertFalse(hash.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:x:AAAA:BBBB"));
        assertFalse(hash.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:1000:%%%:BBBB"));
    }

    @Test
    void refusesTooFewIterations() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHash(10));
    }
}
