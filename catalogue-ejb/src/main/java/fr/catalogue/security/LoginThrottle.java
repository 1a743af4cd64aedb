package fr.catalogue.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The throttling rule of sign-ins: after {@code maxFailedAttempts} consecutive failures for a user
 * code, every attempt is refused for {@code lockout}, even with the right password; a success
 * clears the count; once the lock has run out, counting starts again from zero. Attempts made
 * while locked are refused without being counted (they neither lengthen nor shorten the lock).
 * Plain Java on an immutable {@link Attempts} state, so the rule is tested without a database.
 */
public final class LoginThrottle {

    private final int maxFailedAttempts;
    private final Duration lockout;

    public LoginThrottle(int maxFailedAttempts, Duration lockout) {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("At least one failed attempt must be allowed: " + maxFailedAttempts);
        }
        if (lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("The lockout must be a positive duration: " + lockout);
        }
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockout = lockout;
    }

    /**
     * The failures recorded for a user code: how many in a row, and until when it is locked
     * ({@code null} when it never was).
     */
    public record Attempts(int consecutiveFailures, Instant lockedUntil) {

        public static final Attempts NONE = new Attempts(0, null);

        public Attempts {
            if (consecutiveFailures < 0) {
                throw new IllegalArgumentException("A negative count of failures: " + consecutiveFailures);
            }
        }
    }

    /** Whether attempts are refused at {@code now}, whatever the password. */
    public boolean isLocked(Attempts attempts, Instant now) {
        return attempts.lockedUntil() != null && now.isBefore(attempts.lockedUntil());
    }

    /**
     * The state after a wrong password at {@code now}: one more failure, and a lock until
     * {@code now + lockout} when this failure reaches the maximum. Unchanged while locked.
     */
    public Attempts afterFailure(Attempts attempts, Instant now) {
        if (isLocked(attempts, now)) {
            return attempts;
        }
        // A lock starts the count again from zero: failures after it ran out are counted afresh.
        int failures = attempts.consecutiveFailures() + 1;
        if (failures >= maxFailedAttempts) {
            return new Attempts(0, now.plus(lockout));
        }
        return new Attempts(failures, attempts.lockedUntil());
    }

    /** The state after a successful sign-in: nothing held against the user code any more. */
    public Attempts afterSuccess() {
        return Attempts.NONE;
    }

    /** The whole seconds to wait before trying again (for an HTTP {@code Retry-After}), at least 1 while locked. */
    public static long secondsToWait(Instant lockedUntil, Instant now) {
        if (lockedUntil == null || !now.isBefore(lockedUntil)) {
            return 0;
        }
        long millis = Duration.between(now, lockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    public int maxFailedAttempts() {
        return maxFailedAttempts;
    }

    public Duration lockout() {
        return lockout;
    }
}
