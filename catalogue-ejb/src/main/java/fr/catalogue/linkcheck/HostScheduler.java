package fr.catalogue.linkcheck;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Politeness without waste: at most {@code perHost} requests in flight per host, their starts at
 * least {@code delay} apart, and at most {@code overall} in flight in total. Each host has a FIFO
 * queue; a host is "ready" when it has work, a free slot and its delay has passed. Only ready hosts
 * take one of the overall slots, so a slot is never held by a task waiting for a busy host; a host
 * whose delay has not passed is woken by a timer exactly when it ends. No thread waits: tasks are
 * asynchronous and release their slots when their future completes.
 */
final class HostScheduler {

    private final int overall;
    private final int perHost;
    private final long delayNanos;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    /** Runs the tasks a timer wake-up starts, so the single timer thread only keeps time. */
    private final Executor starter;

    private final Map<String, Host> hosts = new HashMap<>();
    /** Hosts that can start a task now, in round-robin order. */
    private final ArrayDeque<Host> ready = new ArrayDeque<>();
    private int inFlight;
    private int maxInFlightSeen;
    private int submittedSincePurge;

    private static final class Host {
        final String name;
        final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
        /** Work that started checks wait for (robots.txt, redirects, second clicks): before new work. */
        final ArrayDeque<Pending<?>> urgent = new ArrayDeque<>();
        int inFlight;
        long nextStart = Long.MIN_VALUE;
        boolean inReady;
        boolean wakeScheduled;

        Host(String name) {
            this.name = name;
        }
    }

    private record Pending<T>(Host host, Supplier<CompletableFuture<T>> task, CompletableFuture<T> result) {
    }

    HostScheduler(int overall, int perHost, Duration delay, ScheduledExecutorService timer) {
        this(overall, perHost, delay, timer, Runnable::run, System::nanoTime);
    }

    HostScheduler(int overall, int perHost, Duration delay, ScheduledExecutorService timer, Executor starter,
            LongSupplier nanoTime) {
        if (overall < 1 || perHost < 1) {
            throw new IllegalArgumentException("concurrency limits must be at least 1");
        }
        this.overall = overall;
        this.perHost = perHost;
        this.delayNanos = delay.toNanos();
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.starter = starter;
    }

    /**
     * Queues a request to {@code host}; {@code task} is called when the limits allow it and must
     * return the future of the request (its slot is held until that future completes).
     */
    <T> CompletableFuture<T> submit(String host, Supplier<CompletableFuture<T>> task) {
        return submit(host, false, task);
    }

    /** As {@link #submit(String, Supplier)}; {@code urgent} tasks go before the host's other waiting tasks. */
    <T> CompletableFuture<T> submit(String host, boolean urgent, Supplier<CompletableFuture<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            if (++submittedSincePurge >= 4096) {
                purgeIdle();
            }
            Host h = hosts.computeIfAbsent(host, Host::new);
            (urgent ? h.urgent : h.queue).add(new Pending<>(h, task, result));
            consider(h, nanoTime.getAsLong());
        }
        drain();
        return result;
    }

    /** Forgets hosts with nothing to do whose delay is over, so a long-lived crawler does not grow. */
    private void purgeIdle() {
        submittedSincePurge = 0;
        long now = nanoTime.getAsLong();
        hosts.values().removeIf(h -> h.inFlight == 0 && h.queue.isEmpty() && h.urgent.isEmpty() && !h.inReady
                && !h.wakeScheduled && h.nextStart <= now);
    }

    /** Requests waiting for {@code host} (not started yet). */
    synchronized int queued(String host) {
        Host h = hosts.get(host);
        return h == null ? 0 : h.queue.size() + h.urgent.size();
    }

    /** Requests in flight now (tests, logs). */
    synchronized int inFlight() {
        return inFlight;
    }

    /** The most requests ever in flight at once (tests). */
    synchronized int maxInFlightSeen() {
        return maxInFlightSeen;
    }

    /** Puts a host in the ready queue if it can start now, or arranges to be woken when it can. */
    private void consider(Host h, long now) {
        if (h.inReady || h.queue.isEmpty() && h.urgent.isEmpty() || h.inFlight >= perHost) {
            return;
        }
        if (h.nextStart <= now) {
            h.inReady = true;
            ready.add(h);
        } else if (!h.wakeScheduled) {
            h.wakeScheduled = true;
            timer.schedule(() -> {
                synchronized (this) {
                    h.wakeScheduled = false;
                    consider(h, nanoTime.getAsLong());
                }
                drain(true);
            }, h.nextStart - now, TimeUnit.NANOSECONDS);
        }
    }

    /** Starts as many ready tasks as the overall limit allows; tasks are started outside the lock. */
    private void drain() {
        drain(false);
    }

    private void drain(boolean onTimer) {
        List<Pending<?>> starting = new ArrayList<>();
        synchronized (this) {
            long now = nanoTime.getAsLong();
            while (inFlight < overall && !ready.isEmpty()) {
                Host h = ready.poll();
                h.inReady = false;
                if (h.queue.isEmpty() && h.urgent.isEmpty() || h.inFlight >= perHost) {
                    continue;
                }
                if (h.nextStart > now) {
                    consider(h, now);
                    continue;
                }
                starting.add(h.urgent.isEmpty() ? h.queue.poll() : h.urgent.poll());
                h.inFlight++;
                inFlight++;
                maxInFlightSeen = Math.max(maxInFlightSeen, inFlight);
                h.nextStart = delayNanos > 0 ? now + delayNanos : Long.MIN_VALUE;
                consider(h, now);
            }
        }
        for (Pending<?> p : starting) {
            if (onTimer) {
                starter.execute(() -> start(p));
            } else {
                start(p);
            }
        }
    }

    private <T> void start(Pending<T> p) {
        CompletableFuture<T> running;
        try {
            running = p.task().get();
        } catch (RuntimeException | Error e) {
            running = CompletableFuture.failedFuture(e);
        }
        running.whenComplete((value, failure) -> {
            synchronized (this) {
                p.host().inFlight--;
                inFlight--;
                consider(p.host(), nanoTime.getAsLong());
            }
            drain();
            if (failure != null) {
                p.result().completeExceptionally(failure);
            } else {
                p.result().complete(value);
            }
        });
    }
}
