package fr.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A locked partner is told until when, in French time, never too early, and how to get out of it. */
class AccountLockedExceptionTest {

    @Test
    void tellsTheEndOfTheLockInParisTimeRoundedUpToTheMinute() {
        assertEquals("10:15", AccountLockedException.timeOfDay(Instant.parse("2026-11-23T09:15:00Z"))); // UTC+1 in winter
        assertEquals("10:16", AccountLockedException.timeOfDay(Instant.parse("2026-11-23T09:15:00.001Z")));
        assertEquals("11:16", AccountLockedException.timeOfDay(Instant.parse("2026-07-01T09:15:30Z"))); // UTC+2 in summer
    }

    @Test
    void explainsHowToProceedAndHowLongToWait() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        AccountLockedException locked = new AccountLockedException(now.plusSeconds(900), now);
        assertEquals(900, locked.secondsToWait());
        assertTrue(locked.getMessage().contains("jusqu'à 10:15 (heure de Paris)"), locked.getMessage());
        assertTrue(locked.getMessage().contains("Mot de passe oublié"));
        assertTrue(locked.getMessage().contains("contacter le Ministère"));
    }
}
