package fr.catalogue.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.DEFAULT;

    @Test
    void waitsOneMinuteThenDoublesEachTime() {
        assertEquals(Duration.ofMinutes(1), schedule.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), schedule.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), schedule.delayAfter(3));
        assertEquals(Duration.ofMinutes(32), schedule.delayAfter(6));
    }

    @Test
    void neverWaitsMoreThanAnHourAndNeverGivesUp() {
        assertEquals(Duration.ofHours(1), schedule.delayAfter(7)); // 64 min capped
        assertEquals(Duration.ofHours(1), schedule.delayAfter(1_000));
        assertEquals(Duration.ofHours(1), schedule.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void theNextAttemptCountsFromTheFailure() {
        Instant failedAt = Instant.parse("2026-11-23T09:00:00Z");
        assertEquals(Instant.parse("2026-11-23T09:04:00Z"), schedule.nextAttempt(failedAt, 3));
    }

    @Test
    void aCapThatIsNotAPowerOfTwoOfTheFirstDelayIsKept() {
        RetrySchedule odd = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(2), odd.delayAfter(2));
        assertEquals(Duration.ofSeconds(3), odd.delayAfter(3));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofMinutes(-1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> schedule.delayAfter(0));
    }
}
