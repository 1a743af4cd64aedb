package fr.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reset link works once, before it expires. */
class PasswordResetTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final PasswordReset link = new PasswordReset("a".repeat(64), null, T0, T0.plus(Duration.ofHours(1)));

    @Test
    void worksUntilItExpires() {
        assertTrue(link.isUsableAt(T0));
        assertTrue(link.isUsableAt(T0.plus(Duration.ofMinutes(59))));
        assertFalse(link.isUsableAt(T0.plus(Duration.ofHours(1))));
        assertFalse(link.isUsableAt(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void worksOnlyOnce() {
        link.spend(T0.plusSeconds(10));
        assertFalse(link.isUsableAt(T0.plusSeconds(11)));
        assertThrows(IllegalStateException.class, () -> link.spend(T0.plusSeconds(12)));
    }

    @Test
    void mustExpireAfterItIsCreated() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordReset("b".repeat(64), null, T0, T0));
        assertThrows(IllegalArgumentException.class, () -> new PasswordReset("b".repeat(64), null, T0, T0.minusSeconds(1)));
    }
}
