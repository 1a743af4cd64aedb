package fr.catalogue.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try again a message the SMTP server did not accept: after {@code first}, then twice as
 * long after each further failure, never more than {@code max} apart. There is no last attempt: a
 * message is retried until the server accepts it (only a permanent refusal ends it, see
 * {@link DeliveryFailure}).
 *
 * @param first the wait after the first failure
 * @param max the longest wait between two attempts
 */
public record RetrySchedule(Duration first, Duration max) {

    /** One minute, doubling, at most an hour apart. */
    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1));

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("The first retry delay must be positive: " + first);
        }
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("The longest retry delay " + max + " is shorter than the first " + first);
        }
    }

    /**
     * The wait after the given number of failed attempts (1 for the first failure).
     *
     * @throws IllegalArgumentException when {@code failures} is less than 1
     */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("At least one failure is needed to schedule a retry: " + failures);
        }
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** When to try again a message that failed at {@code failedAt} for the {@code failures}-th time. */
    public Instant nextAttempt(Instant failedAt, int failures) {
        return failedAt.plus(delayAfter(failures));
    }
}
