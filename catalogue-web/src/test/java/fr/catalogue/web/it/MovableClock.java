package fr.catalogue.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of an in-container test that must move time (R18's fifteen days, R17's periods): added
 * to that test's deployment only, it replaces {@code fr.catalogue.common.Clocks} for every bean of
 * the application. It runs with the real time shifted by an offset the test sets; services capture
 * the {@link Clock} when they are created, so the one shared instance moves for all of them.
 * Tests call {@link #reset()} when they finish.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private static final Shifted CLOCK = new Shifted();

    @Produces
    public Clock clock() {
        return CLOCK;
    }

    /** Moves every service's "now" forward (or back) by {@code shift} from where it is. */
    public static void advance(Duration shift) {
        CLOCK.offset.updateAndGet(offset -> offset.plus(shift));
    }

    /** Sets every service's "now" to {@code instant}; time keeps running from there. */
    public static void setNow(Instant instant) {
        CLOCK.offset.set(Duration.between(Instant.now(), instant));
    }

    /** Back to the real time. */
    public static void reset() {
        CLOCK.offset.set(Duration.ZERO);
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    private static final class Shifted extends Clock {

        private final AtomicReference<Duration> offset;
        private final ZoneId zone;

        Shifted() {
            this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }

        private Shifted(AtomicReference<Duration> offset, ZoneId zone) {
            this.offset = offset;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same moving time seen from another zone: it shares the offset. */
        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(offset, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
