package fr.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.security.LoginThrottle.Attempts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sign-in throttling: 5 consecutive failures lock a user code for 15 minutes (defaults). */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    private Attempts fail(Attempts attempts, int times, Instant at) {
        Attempts state = attempts;
        for (int i = 0; i < times; i++) {
            state = throttle.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        Attempts four = fail(Attempts.NONE, 4, T0);
        assertEquals(new Attempts(4, null), four);
        assertFalse(throttle.isLocked(four, T0));
    }

    @Test
    void theFifthConsecutiveFailureLocksForTheLockout() {
        Attempts five = fail(Attempts.NONE, 5, T0);
        assertEquals(T0.plus(Duration.ofMinutes(15)), five.lockedUntil());
        assertTrue(throttle.isLocked(five, T0));
        assertTrue(throttle.isLocked(five, T0.plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(throttle.isLocked(five, T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresWhileLockedNeitherCountNorLengthenTheLock() {
        Attempts locked = fail(Attempts.NONE, 5, T0);
        Attempts later = fail(locked, 10, T0.plusSeconds(600));
        assertEquals(locked, later);
    }

    @Test
    void aSuccessClearsTheCount() {
        Attempts four = fail(Attempts.NONE, 4, T0);
        assertEquals(Attempts.NONE, throttle.afterSuccess());
        Attempts again = fail(throttle.afterSuccess(), 4, T0.plusSeconds(1));
        assertFalse(throttle.isLocked(again, T0.plusSeconds(1)));
        assertEquals(4, four.consecutiveFailures());
    }

    @Test
    void afterTheLockRunsOutCountingStartsAgain() {
        Attempts locked = fail(Attempts.NONE, 5, T0);
        Instant after = T0.plus(Duration.ofMinutes(16));
        Attempts four = fail(locked, 4, after);
        assertFalse(throttle.isLocked(four, after));
        assertEquals(4, four.consecutiveFailures());
        Attempts relocked = throttle.afterFailure(four, after);
        assertEquals(after.plus(Duration.ofMinutes(15)), relocked.lockedUntil());
    }

    @Test
    void theThresholdAndTheLockoutAreSettings() {
        LoginThrottle strict = new LoginThrottle(1, Duration.ofSeconds(30));
        Attempts once = strict.afterFailure(Attempts.NONE, T0);
        assertEquals(T0.plusSeconds(30), once.lockedUntil());
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Attempts(-1, null));
    }

    @Test
    void tellsHowManySecondsToWaitRoundedUp() {
        Instant until = T0.plus(Duration.ofMinutes(15));
        assertEquals(900, LoginThrottle.secondsToWait(until, T0));
        assertEquals(1, LoginThrottle.secondsToWait(until, until.minusMillis(1)));
        assertEquals(2, LoginThrottle.secondsToWait(until, until.minusMillis(1001)));
        assertEquals(0, LoginThrottle.secondsToWait(until, until));
        assertEquals(0, LoginThrottle.secondsToWait(null, T0));
    }
}
