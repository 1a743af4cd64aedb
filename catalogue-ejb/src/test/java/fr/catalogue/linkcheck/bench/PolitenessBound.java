package fr.catalogue.linkcheck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The least time the per-host limits allow for checking the whole site: no crawler obeying them can
 * do better, whatever its scheduling.
 *
 * <p>On a host, the {@code n} fetches that cannot be spared (robots.txt, every linked page, the hub,
 * mid or dead link each failing or two-click page needs) each take their latency {@code l_i}. With at
 * most {@code c} requests in flight, the host is busy at least {@code Σ l_i / c}; with at least
 * {@code d} between the starts of two requests, the last one starts at least {@code (n−1)·d} after
 * the first and lasts at least {@code min l_i}. Hence per host
 * {@code max(Σ l_i / c, (n−1)·d + min l_i)}; overall, the largest host bound, and at least
 * {@code Σ all l_i / maxConcurrency}.
 *
 * <p>A refinement ("robots.txt first") also holds for a crawler honouring robots.txt: no page of a
 * host can be asked for before its robots.txt is read, and not sooner than {@code d} after it was
 * asked for; the other {@code n−1} fetches follow with the same two limits.
 */
final class PolitenessBound {

    /** The bound of one host. */
    record HostBound(int host, int fetches, long sumLatencyMillis, long minLatencyMillis, double concurrencyTerm,
            double delayTerm, double robotsFirst) {

        double bound() {
            return Math.max(concurrencyTerm, delayTerm);
        }
    }

    /** The bound of the site: each host's, the largest, and the overall-concurrency term. */
    record Result(List<HostBound> hosts, long fetches, long sumLatencyMillis, double overallTerm) {

        HostBound slowestHost() {
            return hosts.stream().max(Comparator.comparingDouble(HostBound::bound)).orElseThrow();
        }

        /** Seconds: the bound asked for by issue 5. */
        double seconds() {
            return Math.max(slowestHost().bound(), overallTerm);
        }

        /** Seconds: the bound refined with robots.txt read before any page of its host. */
        double robotsFirstSeconds() {
            double host = hosts.stream().mapToDouble(HostBound::robotsFirst).max().orElseThrow();
            return Math.max(host, overallTerm);
        }
    }

    private PolitenessBound() {
    }

    static Result of(BenchSite site, int perHostConcurrency, Duration perHostDelay, int maxConcurrency) {
        double delay = perHostDelay.toNanos() / 1e9;
        List<HostBound> hosts = new ArrayList<>();
        long fetches = 0;
        long sum = 0;
        for (int host = 0; host < site.hostCount(); host++) {
            Set<String> needed = site.neededPaths(host);
            long hostSum = 0;
            long min = Long.MAX_VALUE;
            long restSum = 0;
            long restMin = Long.MAX_VALUE;
            for (String path : needed) {
                int latency = site.latency(host, path);
                hostSum += latency;
                min = Math.min(min, latency);
                if (!path.equals("/robots.txt")) {
                    restSum += latency;
                    restMin = Math.min(restMin, latency);
                }
            }
            int n = needed.size();
            double concurrencyTerm = hostSum / 1000.0 / perHostConcurrency;
            double delayTerm = (n - 1) * delay + min / 1000.0;
            double robots = site.latency(host, "/robots.txt") / 1000.0;
            double robotsFirst = n == 1 ? robots
                    : Math.max(robots, delay) + Math.max(restSum / 1000.0 / perHostConcurrency,
                            (n - 2) * delay + restMin / 1000.0);
            hosts.add(new HostBound(host, n, hostSum, min, concurrencyTerm, delayTerm, robotsFirst));
            fetches += n;
            sum += hostSum;
        }
        return new Result(List.copyOf(hosts), fetches, sum, sum / 1000.0 / maxConcurrency);
    }
}
