package fr.catalogue.linkcheck.bench;

import fr.catalogue.linkcheck.CheckReason;
import fr.catalogue.linkcheck.CrawlSettings;
import fr.catalogue.linkcheck.LinkCheck;
import fr.catalogue.linkcheck.LinkCrawler;
import fr.catalogue.linkcheck.LinkVerdict;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code mvn -Pbench}: the figures of issue 5 for the two-click checker — one {@link LinkCrawler} run
 * checking 2,000 linked pages spread over 50 loopback hosts, timed against the politeness lower
 * bound (target: at most 1.2× that bound), then Debian's {@code linkchecker} on the same pages at
 * depth 2 with the same per-host limits as far as it allows (target: ours at most 0.5× its time),
 * with the verdicts compared to the site's ground truth and to linkchecker's view.
 *
 * <p>Sizes and limits: {@code -Dbench.hosts=50 -Dbench.pages=2000 -Dbench.seed=5 -Dbench.failing=0.10
 * -Dbench.maxConcurrency=100 -Dbench.runs=5} (runs of our crawler, each with a new crawler: the first in a
 * fresh JVM, the JIT still compiling in the second, the last measured against the targets), and when given {@code -Dbench.perHostConcurrency},
 * {@code -Dbench.perHostDelay} (ISO duration); {@code -Dbench.linkchecker=false} skips linkchecker,
 * {@code -Dbench.linkchecker.paced=false} its second run. The summary is printed and written to
 * {@code bench.output} ({@code catalogue-ejb/target/crawl-bench.txt} under Maven).
 */
public final class CrawlBench {

    /** Reasons saying the linked page itself could not be read, comparable with linkchecker's errors. */
    private static final Set<CheckReason> UNREADABLE = EnumSet.of(CheckReason.NOT_FOUND, CheckReason.HTTP_ERROR,
            CheckReason.TIMEOUT, CheckReason.UNREACHABLE, CheckReason.TOO_MANY_REDIRECTS, CheckReason.REDIRECT_LOOP);

    private final StringBuilder report = new StringBuilder();

    private CrawlBench() {
    }

    public static void main(String[] args) throws Exception {
        new CrawlBench().run();
    }

    private void run() throws Exception {
        int hosts = Integer.getInteger("bench.hosts", 50);
        int pageCount = Integer.getInteger("bench.pages", 2000);
        long seed = Long.getLong("bench.seed", 5L);
        double failing = Double.parseDouble(System.getProperty("bench.failing", "0.10"));
        int minLatency = Integer.getInteger("bench.minLatency", 20);
        int maxLatency = Integer.getInteger("bench.maxLatency", 200);
        int runCount = Integer.getInteger("bench.runs", 5);
        boolean withLinkchecker = Boolean.parseBoolean(System.getProperty("bench.linkchecker", "true"));
        boolean paced = Boolean.parseBoolean(System.getProperty("bench.linkchecker.paced", "true"));
        Path output = Path.of(System.getProperty("bench.output", "target/crawl-bench.txt"));

        String linkcheckerVersion = LinkcheckerRun.version();
        if (withLinkchecker && linkcheckerVersion == null) {
            throw new IllegalStateException("linkchecker is not installed: run .ci/bench-tools (installs Debian's "
                    + "linkchecker package) or skip it with -Dbench.linkchecker=false");
        }

        try (BenchSite site = BenchSite.generate(hosts, pageCount, seed, minLatency, maxLatency, failing)) {
            site.start();
            CrawlSettings settings = settings(site);
            PolitenessBound.Result bound = PolitenessBound.of(site, settings.perHostConcurrency(),
                    settings.perHostDelay(), settings.maxConcurrency());
            List<BenchSite.Page> order = new ArrayList<>(site.pages());
            Collections.shuffle(order, new Random(seed + 1)); // offers do not come sorted by site
            List<String> urls = order.stream().map(site::url).toList();

            header(site, settings, bound, linkcheckerVersion);

            double[] lateness = timerLateness();
            line("Timer lateness on this machine now (a task scheduled 10 ms ahead, 100 times): median %.1f ms, "
                    + "90th percentile %.1f ms, max %.1f ms", lateness[0], lateness[1], lateness[2]);
            line("");

            // Ours: first in this fresh JVM (cold), then again, each time with a new crawler (new HTTP client,
            // no page cache, no open connection), once the code is compiled as in the server after its first
            // runs; the last run is the one measured against the targets.
            List<OursRun> runs = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runCount); i++) {
                runs.add(ours(site, settings, urls, "ours-" + (i + 1)));
            }

            // linkchecker, same limits as far as it allows, then paced to our average rate
            double rate = 1.0 / (settings.perHostDelay().toNanos() / 1e9);
            int timeout = (int) Math.max(1, settings.readTimeout().toSeconds());
            LinkcheckerRun.Outcome linkchecker = null;
            LinkcheckerRun.Outcome pacedRun = null;
            if (withLinkchecker) {
                site.phase("linkchecker");
                linkchecker = LinkcheckerRun.run(urls, site.port(), settings.maxConcurrency(), rate, timeout);
                if (paced) {
                    site.phase("linkchecker-paced");
                    site.linkcheckerHeader(true);
                    pacedRun = LinkcheckerRun.run(urls, site.port(), settings.maxConcurrency(), 3.5 * rate, timeout);
                    site.linkcheckerHeader(false);
                }
                Thread.sleep(300);
            }
            site.phase("none");

            results(site, settings, bound, runs, linkchecker, pacedRun, rate);
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
        System.out.println("[bench] written to " + output.toAbsolutePath());
    }

    /** The crawler's settings as the server reads them, with the bench's hosts allowed and its overrides. */
    private static CrawlSettings settings(BenchSite site) {
        Map<String, String> config = new HashMap<>();
        config.put(CrawlSettings.PUBLIC_URL, BenchSite.CATALOGUE);
        config.put(CrawlSettings.ALLOWED_HOSTS, IntStream.range(0, site.hostCount()).mapToObj(BenchSite::address)
                .collect(Collectors.joining(",")));
        config.put(CrawlSettings.MAX_CONCURRENCY, System.getProperty("bench.maxConcurrency", "100"));
        Optional.ofNullable(System.getProperty("bench.perHostConcurrency"))
                .ifPresent(value -> config.put(CrawlSettings.PER_HOST_CONCURRENCY, value));
        Optional.ofNullable(System.getProperty("bench.perHostDelay"))
                .ifPresent(value -> config.put(CrawlSettings.PER_HOST_DELAY, value));
        return CrawlSettings.read(key -> Optional.ofNullable(config.get(key)));
    }

    private void header(BenchSite site, CrawlSettings settings, PolitenessBound.Result bound, String linkchecker) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        line("Two-click checker bench (issue 5) — %s UTC",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atOffset(ZoneOffset.UTC)));
        line("");
        line("Machine: %d cores, %.0f GiB, %s, Java %s; load average at start %.2f; linkchecker: %s",
                os.getAvailableProcessors(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024), osName(),
                System.getProperty("java.version"), os.getSystemLoadAverage(),
                linkchecker == null ? "not run" : linkchecker);
        Map<BenchSite.Kind, Long> kinds = site.pages().stream()
                .collect(Collectors.groupingBy(BenchSite.Page::kind, () -> new EnumMap<>(BenchSite.Kind.class),
                        Collectors.counting()));
        line("Site: %d hosts (127.0.0.1 … %s, port %d), %,d linked pages, latency %d–%d ms per response; %s",
                site.hostCount(), BenchSite.address(site.hostCount() - 1), site.port(), site.pages().size(),
                Integer.getInteger("bench.minLatency", 20), Integer.getInteger("bench.maxLatency", 200), kinds);
        line("Crawler settings: maxConcurrency %d, perHostConcurrency %d, perHostDelay %s, connectTimeout %s, "
                + "readTimeout %s, fetchBudget %d, maxRedirects %d, maxBytes %,d, User-Agent \"%s\"",
                settings.maxConcurrency(), settings.perHostConcurrency(), settings.perHostDelay(),
                settings.connectTimeout(), settings.readTimeout(), settings.fetchBudget(), settings.maxRedirects(),
                settings.maxBytes(), settings.userAgent());
        PolitenessBound.HostBound slowest = bound.slowestHost();
        line("Politeness lower bound: %.2f s — slowest host %s: %d fetches needed, Σ latency %.2f s, "
                + "Σ/c = %.2f s, (n−1)·d + min = %.2f s; overall Σ %,d fetches %.1f s / %d = %.2f s; "
                + "refined with robots.txt first: %.2f s", bound.seconds(), BenchSite.address(slowest.host()),
                slowest.fetches(), slowest.sumLatencyMillis() / 1000.0, slowest.concurrencyTerm(), slowest.delayTerm(),
                bound.fetches(), bound.sumLatencyMillis() / 1000.0, settings.maxConcurrency(), bound.overallTerm(),
                bound.robotsFirstSeconds());
        line("");
    }

    private void results(BenchSite site, CrawlSettings settings, PolitenessBound.Result bound,
            List<OursRun> runs, LinkcheckerRun.Outcome linkchecker, LinkcheckerRun.Outcome paced, double rate) {
        OursRun cold = runs.get(0);
        OursRun measured = runs.get(runs.size() - 1);
        // Ours, against the bound
        for (OursRun run : runs) {
            String name = run == cold ? "Ours, run 1, first in a fresh JVM (cold)"
                    : "Ours, run " + (runs.indexOf(run) + 1) + ", again with a new crawler (warm JVM)"
                            + (run == measured ? ", the run measured" : "");
            if (run.failure() != null) {
                line("%s: THE CRAWLER FAILED: %s", name, run.failure());
                continue;
            }
            Traffic traffic = Traffic.of(site, site.hits(run.phase()), run.startNanos());
            line("%s: %,d pages checked in %.2f s wall; %s", name, run.checks().size(), run.seconds(), traffic.summary());
            line("      wall / bound = %.2f / %.2f = %.2f (target ≤ 1.2: %s); against the robots.txt-first bound %.2f",
                    run.seconds(), bound.seconds(), run.seconds() / bound.seconds(),
                    run.seconds() / bound.seconds() <= 1.2 ? "met" : "MISSED", run.seconds() / bound.robotsFirstSeconds());
            line("      politeness observed on the site: %s", traffic.politeness(settings));
            line("      where time goes: %s", traffic.timeline(bound, settings.perHostDelay()));
            line("      CPU of this process (crawler and site together) during the run: %.1f s for %.1f s wall; %s",
                    run.cpuSeconds(), run.seconds(), run.cpuShares());
            line("      verdicts against the ground truth: %s", truth(site, run.checks()));
        }
        double ours = measured.seconds();
        String oursFailure = measured.failure();
        Map<String, LinkCheck> checks = measured.checks();

        // linkchecker
        if (linkchecker != null) {
            Traffic lcTraffic = Traffic.of(site, site.hits("linkchecker"), 0);
            line("");
            line("linkchecker (threads %d, maxrequestspersecond %.0f per host, timeout %d s, depth 2): %.2f s wall "
                    + "(exit %d); %s", settings.maxConcurrency(), rate, (int) Math.max(1, settings.readTimeout().toSeconds()),
                    linkchecker.seconds(), linkchecker.exitCode(), lcTraffic.summary());
            line("      politeness observed on the site: %s", lcTraffic.politeness(settings));
            if (oursFailure == null) {
                double ratio = ours / linkchecker.seconds();
                line("      ours (last run) / linkchecker = %.2f / %.2f = %.3f (target ≤ 0.5: %s); cold: %.3f", ours,
                        linkchecker.seconds(), ratio, ratio <= 0.5 ? "met" : "MISSED", cold.seconds() / linkchecker.seconds());
            }
            if (paced != null) {
                Traffic pacedTraffic = Traffic.of(site, site.hits("linkchecker-paced"), 0);
                line("linkchecker paced to our average per-host rate (maxrequestspersecond %.0f, site sending the "
                        + "\"LinkChecker\" header: a gap of %.0f–%.0f ms, %.0f ms on average): %.2f s wall; %s",
                        3.5 * rate, 1000 / (3.5 * rate), 6000 / (3.5 * rate), 3500 / (3.5 * rate), paced.seconds(),
                        pacedTraffic.summary());
                line("      politeness observed on the site: %s", pacedTraffic.politeness(settings));
                if (oursFailure == null) {
                    line("      ours (last run) / paced linkchecker = %.3f; cold: %.3f", ours / paced.seconds(),
                            cold.seconds() / paced.seconds());
                }
            }
            line("      command: %s", String.join(" ", linkchecker.command()).replaceAll("/tmp/\\S+", "<config>"));
            line("      config: %s", linkchecker.config().strip().replace("\n", " | "));
        }

        // Verdicts
        line("");
        verdicts(site, checks, linkchecker, oursFailure == null);

        line("");
        if (oursFailure != null) {
            line("SUMMARY: our crawler failed (%s)", oursFailure);
        } else {
            line("SUMMARY: ours %.2f s for %,d pages (runs: %s), politeness bound %.2f s: ratio %.2f "
                    + "(target ≤ 1.2); linkchecker %s; %s.", ours, checks.size(),
                    runs.stream().map(run -> String.format("%.2f s", run.seconds())).collect(Collectors.joining(", ")),
                    bound.seconds(),
                    ours / bound.seconds(), linkchecker == null ? "not run"
                            : String.format("%.1f s: ratio %.3f (target ≤ 0.5)", linkchecker.seconds(),
                                    ours / linkchecker.seconds()), truth(site, checks));
        }
    }

    private void verdicts(BenchSite site, Map<String, LinkCheck> checks, LinkcheckerRun.Outcome linkchecker,
            boolean oursRan) {
        Map<BenchSite.Kind, Map<String, Integer>> oursByKind = new EnumMap<>(BenchSite.Kind.class);
        Map<BenchSite.Kind, Map<String, Integer>> lcByKind = new EnumMap<>(BenchSite.Kind.class);
        List<String> mismatches = new ArrayList<>();
        int verdictMismatches = 0;
        int detailMismatches = 0;
        int reachabilityAgree = 0;
        int compared = 0;
        int deadEnds = 0;
        int deadEndsBoth = 0;
        int unknownToLinkchecker = 0;
        int soundToLinkchecker = 0;
        for (BenchSite.Page page : site.pages()) {
            String url = site.url(page);
            BenchSite.Kind kind = page.kind();
            LinkCheck check = checks.get(url);
            if (oursRan) {
                String label = check == null ? "missing" : label(check);
                oursByKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
                boolean verdictOk = check != null && check.verdict() == kind.verdict;
                boolean detailOk = verdictOk && (kind.verdict == LinkVerdict.CONFORM
                        ? Objects.equals(check.clicks(), kind.clicks) && check.path().size() == kind.clicks + 1
                        : check.reason() == kind.reason);
                if (!verdictOk) {
                    verdictMismatches++;
                }
                if (!detailOk) {
                    detailMismatches++;
                    if (mismatches.size() < 10) {
                        mismatches.add(url + " (" + kind + "): expected " + kind.verdict + " "
                                + (kind.clicks != null ? kind.clicks + " click(s)" : kind.reason) + ", got "
                                + (check == null ? "nothing" : label(check) + " path " + check.path() + " detail "
                                        + check.detail()));
                    }
                }
            }
            if (linkchecker != null) {
                String view = linkcheckerView(site, page, linkchecker.results());
                lcByKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(view, 1, Integer::sum);
                if (oursRan && check != null) {
                    compared++;
                    boolean oursUnreadable = check.reason() != null && UNREADABLE.contains(check.reason());
                    if (oursUnreadable == view.startsWith("page in error")) {
                        reachabilityAgree++;
                    }
                    if (kind == BenchSite.Kind.DEAD_END) {
                        deadEnds++;
                        boolean evidence = check.fetches().stream().anyMatch(fetch -> fetch.status() == 404);
                        if (evidence && check.verdict() == LinkVerdict.NON_CONFORM && view.startsWith("broken link")) {
                            deadEndsBoth++;
                        }
                    }
                    if (check.verdict() != LinkVerdict.CONFORM && view.equals("no error")) {
                        unknownToLinkchecker++;
                    }
                    if (check.verdict() == LinkVerdict.CONFORM && view.equals("no error")) {
                        soundToLinkchecker++;
                    }
                }
            }
        }
        line("Verdicts (ground truth from the generated site; linkchecker's view of each start page: the page "
                + "itself in error, a broken link on it, or no error):");
        line("");
        line("| kind of page | pages | expected | ours | linkchecker (depth 2) |");
        line("|---|---|---|---|---|");
        for (BenchSite.Kind kind : BenchSite.Kind.values()) {
            long count = site.pages().stream().filter(page -> page.kind() == kind).count();
            if (count == 0) {
                continue;
            }
            String expected = kind.verdict + (kind.clicks != null ? " " + kind.clicks + " click" + (kind.clicks > 1 ? "s" : "")
                    : " " + kind.reason);
            line("| %s | %,d | %s | %s | %s |", describe(kind), count, expected, tally(oursByKind.get(kind)),
                    tally(lcByKind.get(kind)));
        }
        line("");
        if (oursRan) {
            line("Ours against the ground truth: %d verdict mismatches, %d mismatches of clicks, path or reason "
                    + "(target 0).", verdictMismatches, detailMismatches);
            mismatches.forEach(mismatch -> line("  - %s", mismatch));
        }
        if (linkchecker != null && oursRan) {
            line("Comparable with linkchecker: whether the linked page itself can be read — agree on %,d of %,d.",
                    reachabilityAgree, compared);
            line("Partly comparable: on the %,d dead ends (their only link answers 404) linkchecker reports the "
                    + "broken link and we say NON_CONFORM with that 404 in the evidence: both on %,d.", deadEnds,
                    deadEndsBoth);
            line("Not comparable: linkchecker does not know the two-click rule. %,d pages we find NON_CONFORM "
                    + "(no link at all, catalogue three clicks away) have no error for it; its \"no error\" on the "
                    + "%,d pages we find CONFORM says nothing of the way back to the catalogue.", unknownToLinkchecker,
                    soundToLinkchecker);
        }
    }

    /** How many checks disagree with the ground truth: on the verdict, and on clicks, path or reason. */
    private static String truth(BenchSite site, Map<String, LinkCheck> checks) {
        int verdicts = 0;
        int details = 0;
        for (BenchSite.Page page : site.pages()) {
            LinkCheck check = checks.get(site.url(page));
            BenchSite.Kind kind = page.kind();
            boolean verdictOk = check != null && check.verdict() == kind.verdict;
            boolean detailOk = verdictOk && (kind.verdict == LinkVerdict.CONFORM
                    ? Objects.equals(check.clicks(), kind.clicks) && check.path().size() == kind.clicks + 1
                    : check.reason() == kind.reason);
            verdicts += verdictOk ? 0 : 1;
            details += detailOk ? 0 : 1;
        }
        return String.format("%d verdict mismatches, %d mismatches of clicks, path or reason", verdicts, details);
    }

    /** What linkchecker's output says about a start page: the page in error, a broken link on it, or no error. */
    private static String linkcheckerView(BenchSite site, BenchSite.Page page, Map<String, LinkcheckerRun.Result> results) {
        LinkcheckerRun.Result start = results.get(site.url(page));
        if (start == null) {
            return "not reported";
        }
        if (!start.valid()) {
            return "page in error (" + start.result() + ")";
        }
        for (String link : site.linksOf(page)) {
            LinkcheckerRun.Result result = results.get(link);
            if (result != null && !result.valid()) {
                return "broken link on the page (" + result.result() + ")";
            }
        }
        return "no error";
    }

    private static String label(LinkCheck check) {
        return check.verdict() == LinkVerdict.CONFORM
                ? "CONFORM " + check.clicks() + " click" + (Objects.equals(check.clicks(), 1) ? "" : "s")
                : check.verdict() + " " + check.reason();
    }

    private static String describe(BenchSite.Kind kind) {
        return switch (kind) {
            case ONE_CLICK -> "links to the catalogue";
            case TWO_CLICK -> "links to a hub page that does";
            case NOT_FOUND -> "answers 404";
            case NO_LINK -> "no link at all";
            case DEAD_END -> "only link answers 404";
            case THREE_CLICK -> "catalogue three clicks away";
        };
    }

    private static String tally(Map<String, Integer> counts) {
        if (counts == null) {
            return "—";
        }
        return counts.entrySet().stream().map(entry -> entry.getKey() + ": " + String.format("%,d", entry.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** One run of our crawler: its checks, wall time, CPU, or why it failed. */
    private record OursRun(String phase, Map<String, LinkCheck> checks, double seconds, long startNanos,
            double cpuSeconds, String cpuShares, String failure) {
    }

    private static OursRun ours(BenchSite site, CrawlSettings settings, List<String> urls, String phase)
            throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        site.phase(phase);
        long cpuBefore = os.getProcessCpuTime();
        CpuShares shares = CpuShares.start();
        long start = System.nanoTime();
        try (LinkCrawler crawler = new LinkCrawler(settings, Clock.systemUTC())) {
            start = System.nanoTime();
            Map<String, LinkCheck> checks = crawler.newRun().checkAll(urls);
            double seconds = (System.nanoTime() - start) / 1e9;
            String spent = shares.end(); // before close: the crawler's threads end with it
            double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            Thread.sleep(300); // let the last responses be recorded
            return new OursRun(phase, checks, seconds, start, cpu, spent, null);
        } catch (RuntimeException | Error failure) {
            return new OursRun(phase, Map.of(), Double.NaN, start, 0, "", failure.toString());
        } finally {
            site.phase("none");
        }
    }

    /** CPU time of this process's threads by kind over a phase, with JIT compilation and GC. */
    private record CpuShares(Map<Long, Long> before, Map<Long, String> names, long gcBefore, long jitBefore) {

        static CpuShares start() {
            var threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpu = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                cpu.put(id, threads.getThreadCpuTime(id));
            }
            return new CpuShares(cpu, names, gcMillis(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        }

        /** Seconds of CPU per kind of thread (names without their numbers) still alive at the end. */
        String end() {
            var threads = ManagementFactory.getThreadMXBean();
            Map<String, Double> byKind = new TreeMap<>();
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long now = threads.getThreadCpuTime(info.getThreadId());
                long spent = now - before.getOrDefault(info.getThreadId(), 0L);
                if (now > 0 && spent > 0) {
                    byKind.merge(info.getThreadName().replaceAll("[-#]?[0-9]+", ""), spent / 1e9, Double::sum);
                }
            }
            String kinds = byKind.entrySet().stream().filter(entry -> entry.getValue() >= 0.05)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(entry -> String.format("%s %.2f s", entry.getKey(), entry.getValue()))
                    .collect(Collectors.joining(", "));
            return kinds + String.format("; JIT compilation %.2f s, GC %.2f s (threads ended during the run are not "
                    + "counted above)", (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore)
                    / 1000.0, (gcMillis() - gcBefore) / 1000.0);
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(bean -> Math.max(0, bean.getCollectionTime()))
                    .sum();
        }
    }

    /** How late a timer fires on this machine now: the per-host delay is a timer per request. */
    private static double[] timerLateness() throws InterruptedException {
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Double> late = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long planned = System.nanoTime() + 10_000_000L;
                ScheduledFuture<Long> fired = probe.schedule(System::nanoTime, 10, TimeUnit.MILLISECONDS);
                try {
                    late.add((fired.get() - planned) / 1e6);
                } catch (ExecutionException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            Collections.sort(late);
            return new double[] {late.get(50), late.get(90), late.get(99)};
        } finally {
            probe.shutdownNow();
        }
    }

    private static String osName() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(line -> line.startsWith("PRETTY_NAME="))
                    .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst()
                    .orElse(System.getProperty("os.name"));
        } catch (IOException unreadable) {
            return System.getProperty("os.name");
        }
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    /** What one client asked of the site: fetches, repeats, needless fetches, pacing per host, timeline. */
    private record Traffic(BenchSite site, List<BenchSite.Hit> hits, long startNanos) {

        static Traffic of(BenchSite site, List<BenchSite.Hit> hits, long startNanos) {
            return new Traffic(site, hits, startNanos);
        }

        String summary() {
            Set<String> seen = new HashSet<>();
            int repeats = 0;
            Map<String, Integer> notNeeded = new TreeMap<>();
            int missing = 0;
            Map<Integer, Set<String>> neededByHost = new HashMap<>();
            for (BenchSite.Hit hit : hits) {
                if (!seen.add(hit.host() + hit.path())) {
                    repeats++;
                }
                Set<String> needed = neededByHost.computeIfAbsent(hit.host(), site::neededPaths);
                if (!needed.contains(hit.path())) {
                    notNeeded.merge(hit.path().replaceAll("[0-9]+", "N"), 1, Integer::sum);
                }
            }
            for (int host = 0; host < site.hostCount(); host++) {
                for (String path : site.neededPaths(host)) {
                    if (!seen.contains(host + path)) {
                        missing++;
                    }
                }
            }
            return String.format("%,d fetches (%,d repeated, %,d needed ones not made, beyond what is needed: %s)",
                    hits.size(), repeats, missing, notNeeded.isEmpty() ? "none" : notNeeded);
        }

        /** Per host: the least gap between two request arrivals and the most requests in flight. */
        String politeness(CrawlSettings settings) {
            double minGap = Double.MAX_VALUE;
            int maxInFlight = 0;
            int shortGaps = 0;
            List<Double> gaps = new ArrayList<>();
            long delay = settings.perHostDelay().toNanos();
            for (List<BenchSite.Hit> host : byHost().values()) {
                List<BenchSite.Hit> sorted = host.stream().sorted((a, b) -> Long.compare(a.arrivalNanos(), b.arrivalNanos()))
                        .toList();
                for (int i = 1; i < sorted.size(); i++) {
                    long gap = sorted.get(i).arrivalNanos() - sorted.get(i - 1).arrivalNanos();
                    minGap = Math.min(minGap, gap / 1e6);
                    gaps.add(gap / 1e6);
                    if (gap < delay - 5_000_000L) {
                        shortGaps++;
                    }
                }
                TreeMap<Long, Integer> events = new TreeMap<>();
                for (BenchSite.Hit hit : host) {
                    events.merge(hit.arrivalNanos(), 1, Integer::sum);
                    events.merge(hit.sentNanos(), -1, Integer::sum);
                }
                int inFlight = 0;
                for (int change : events.values()) {
                    inFlight += change;
                    maxInFlight = Math.max(maxInFlight, inFlight);
                }
            }
            Collections.sort(gaps);
            return String.format("least gap between two requests to a host %.1f ms (%,d gaps under %d ms − 5 ms), "
                    + "gaps median %.0f ms, mean %.0f ms, 90th percentile %.0f ms; at most %d requests in flight on a host",
                    minGap == Double.MAX_VALUE ? 0 : minGap, shortGaps, settings.perHostDelay().toMillis(),
                    gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2),
                    gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    gaps.isEmpty() ? 0 : gaps.get(gaps.size() * 9 / 10), maxInFlight);
        }

        /** When each host was first asked and last answered, against its own bound. */
        String timeline(PolitenessBound.Result bound, java.time.Duration delay) {
            List<Double> spacing = new ArrayList<>();
            List<Double> tails = new ArrayList<>();
            List<Double> firsts = new ArrayList<>();
            List<Double> lasts = new ArrayList<>();
            List<Double> excess = new ArrayList<>();
            double latest = -1;
            int latestHost = -1;
            for (Map.Entry<Integer, List<BenchSite.Hit>> entry : byHost().entrySet()) {
                double first = entry.getValue().stream().mapToLong(BenchSite.Hit::arrivalNanos).min().orElseThrow();
                double last = entry.getValue().stream().mapToLong(BenchSite.Hit::sentNanos).max().orElseThrow();
                first = (first - startNanos) / 1e9;
                last = (last - startNanos) / 1e9;
                firsts.add(first);
                lasts.add(last);
                excess.add(last - bound.hosts().get(entry.getKey()).bound());
                long firstArrival = entry.getValue().stream().mapToLong(BenchSite.Hit::arrivalNanos).min().orElseThrow();
                BenchSite.Hit lastStarted = entry.getValue().stream()
                        .max((a, b) -> Long.compare(a.arrivalNanos(), b.arrivalNanos())).orElseThrow();
                spacing.add((lastStarted.arrivalNanos() - firstArrival) / 1e9
                        - (entry.getValue().size() - 1) * (delay.toNanos() / 1e9));
                tails.add((entry.getValue().stream().mapToLong(BenchSite.Hit::sentNanos).max().orElseThrow()
                        - lastStarted.arrivalNanos()) / 1e9);
                if (last > latest) {
                    latest = last;
                    latestHost = entry.getKey();
                }
            }
            if (firsts.isEmpty()) {
                return "no request reached the site";
            }
            Collections.sort(firsts);
            Collections.sort(lasts);
            Collections.sort(excess);
            Collections.sort(spacing);
            Collections.sort(tails);
            PolitenessBound.HostBound slow = bound.hosts().get(latestHost);
            return String.format("first request to a host after %.2f s (median) / %.2f s (last host); hosts done after "
                    + "%.2f s (median) / %.2f s (last: %s, its bound %.2f s, %d fetches needed); host done minus its "
                    + "own bound: median %.2f s, max %.2f s; per host (medians), a host done = its first request "
                    + "+ (n−1)·delay + the time its requests started later than the delay allowed (%.2f s) + from "
                    + "its last request's start to its answer (%.2f s)", median(firsts), firsts.get(firsts.size() - 1),
                    median(lasts), latest, BenchSite.address(latestHost), slow.bound(), slow.fetches(), median(excess),
                    excess.get(excess.size() - 1), median(spacing), median(tails));
        }

        private Map<Integer, List<BenchSite.Hit>> byHost() {
            Map<Integer, List<BenchSite.Hit>> byHost = new LinkedHashMap<>();
            hits.forEach(hit -> byHost.computeIfAbsent(hit.host(), h -> new ArrayList<>()).add(hit));
            return byHost;
        }

        private static double median(List<Double> sorted) {
            return sorted.get(sorted.size() / 2);
        }
    }
}
