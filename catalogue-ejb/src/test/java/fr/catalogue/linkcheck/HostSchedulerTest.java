package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostSchedulerTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** What was started, in order, each with the future the test completes by hand. */
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<String>> running = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private CompletableFuture<String> submit(HostScheduler scheduler, String host, String name) {
        return scheduler.submit(host, () -> {
            started.add(name);
            CompletableFuture<String> f = new CompletableFuture<>();
            running.add(f);
            return f.thenApply(v -> name);
        });
    }

    private void finish(String name) {
        running.get(started.indexOf(name)).complete("done");
    }

    @Test
    void perHostAndOverallLimitsHold() {
        HostScheduler scheduler = new HostScheduler(3, 2, Duration.ZERO, timer);
        for (int i = 0; i < 4; i++) {
            submit(scheduler, "a", "a" + i);
            submit(scheduler, "b", "b" + i);
        }

        assertEquals(List.of("a0", "b0", "a1"), started); // overall limit 3
        finish("a0");
        assertEquals(List.of("a0", "b0", "a1", "b1"), started); // a has 1 in flight, b had 1: b goes next
        finish("a1");
        finish("b0");
        assertEquals(3, scheduler.inFlight());
        assertTrue(scheduler.maxInFlightSeen() <= 3);
    }

    @Test
    void aBusyHostDoesNotHoldTheOverallSlotsOfOthers() {
        HostScheduler scheduler = new HostScheduler(2, 1, Duration.ZERO, timer);
        for (int i = 0; i < 5; i++) {
            submit(scheduler, "lent", "lent" + i);
        }

        CompletableFuture<String> other = submit(scheduler, "rapide", "rapide");

        assertEquals(List.of("lent0", "rapide"), started);
        finish("rapide");
        assertEquals("rapide", other.join());
        assertEquals(List.of("lent0", "rapide"), started); // the free slot cannot go to the busy host
        assertEquals(4, scheduler.queued("lent"));
    }

    @Test
    void startsToOneHostAreAtLeastTheDelayApartWhileOtherHostsGoOn() {
        List<Long> times = new CopyOnWriteArrayList<>();
        HostScheduler scheduler = new HostScheduler(10, 5, Duration.ofMillis(30), timer);
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(scheduler.submit("a", () -> {
                times.add(System.nanoTime());
                return CompletableFuture.completedFuture("a");
            }));
        }
        CompletableFuture<String> b = scheduler.submit("b", () -> CompletableFuture.completedFuture("b"));

        assertTrue(b.isDone(), "host b does not wait for host a's delay");
        all.forEach(CompletableFuture::join);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) - times.get(i - 1) >= Duration.ofMillis(29).toNanos(),
                    "start " + i + " came " + (times.get(i) - times.get(i - 1)) / 1_000_000 + " ms after the previous");
        }
    }

    @Test
    void aFailingTaskReleasesItsSlot() {
        HostScheduler scheduler = new HostScheduler(1, 1, Duration.ZERO, timer);

        CompletableFuture<String> failing = scheduler.submit("a", () -> {
            throw new IllegalStateException("boom");
        });
        CompletableFuture<String> next = scheduler.submit("a", () -> CompletableFuture.completedFuture("ok"));

        assertThrows(CompletionException.class, failing::join);
        assertEquals("ok", next.join());
        assertEquals(0, scheduler.inFlight());
    }
}
