package fr.catalogue.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The credentials sent on validation (R7): unambiguous user codes, strong random passwords. */
class CredentialsTest {

    @RepeatedTest(50)
    void userCodesArePAndSixUnambiguousCharacters() {
        String code = Credentials.newUserCode();
        assertTrue(code.matches("P-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}"), code);
    }

    @RepeatedTest(200)
    void passwordsAreLongAndMixEveryKindOfCharacter() {
        String password = new String(Credentials.newPassword());
        assertEquals(Credentials.PASSWORD_LENGTH, password.length());
        assertTrue(password.length() >= 16);
        assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
        assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
        assertTrue(password.chars().anyMatch(Character::isDigit), password);
        assertTrue(password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)), password);
        assertTrue(password.chars().noneMatch(Character::isWhitespace), password);
    }

    @Test
    void passwordsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(new String(Credentials.newPassword())));
        }
    }
}
