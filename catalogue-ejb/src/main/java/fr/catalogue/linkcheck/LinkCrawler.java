package fr.catalogue.linkcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The two-click checker (R15) and the R16 presence search: {@code java.net.http.HttpClient} to
 * fetch, jsoup to read HTML. One instance per application (it owns the HTTP client and its
 * threads); each batch of checks is a {@link Run} so a page shared by many offers is fetched once.
 * Polite (bounded concurrency overall and per host, per-host delay, robots.txt, a User-Agent naming
 * the product) and safe ({@link AddressSafety} before every request, redirects included).
 */
public final class LinkCrawler implements AutoCloseable {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

    private final CrawlSettings settings;
    private final Clock clock;
    private final CatalogueAddress catalogue;
    private final AddressSafety safety;
    private final String productToken;
    private final ExecutorService executor;
    private final ScheduledExecutorService timer;
    private final HostScheduler scheduler;
    private final PageFetcher fetcher;

    public LinkCrawler(CrawlSettings settings, Clock clock) {
        this(settings, clock, host -> List.of(InetAddress.getAllByName(host)));
    }

    /** With another resolver (tests: names that resolve to forbidden addresses). */
    LinkCrawler(CrawlSettings settings, Clock clock, AddressSafety.Resolver resolver) {
        this.settings = settings;
        this.clock = clock;
        this.catalogue = settings.catalogue();
        this.safety = new AddressSafety(settings.allowedHosts(), resolver);
        this.productToken = productToken(settings.userAgent());
        // Our own threads: the HTTP client's callbacks and the HTML parsing run here, never a thread per waiting request
        this.executor = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
                daemon("linkcheck-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("linkcheck-timer"));
        this.scheduler = new HostScheduler(settings.maxConcurrency(), settings.perHostConcurrency(),
                settings.perHostDelay(), timer, executor, System::nanoTime);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER) // each hop is vetted by AddressSafety first
                .proxy(HttpClient.Builder.NO_PROXY) // the connection goes to the vetted host, not a proxy
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .build();
        this.fetcher = new PageFetcher(client, settings, timer);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The robots.txt product token: the User-Agent up to its first "/" or space ("CatalogueLabelBot"). */
    static String productToken(String userAgent) {
        String ua = userAgent.strip();
        int end = ua.length();
        for (int i = 0; i < ua.length(); i++) {
            char c = ua.charAt(i);
            if (c == '/' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        return ua.substring(0, end);
    }

    /**
     * Refuses an address before anything is fetched: malformed, not http(s), or unsafe.
     *
     * @throws UnsafeAddressException saying why
     */
    public void vet(String url) {
        try {
            safety.check(parse(url));
        } catch (UnresolvableHostException e) {
            // not a safety matter: the check will say the site is unreachable
        }
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new UnsafeAddressException(CheckReason.MALFORMED_ADDRESS, "adresse vide");
        }
        Optional<URI> uri = Urls.httpAddress(url);
        if (uri.isEmpty()) {
            throw new UnsafeAddressException(CheckReason.MALFORMED_ADDRESS,
                    "« " + url.strip() + " » n'est pas une adresse absolue http ou https");
        }
        return Urls.withoutFragment(uri.get());
    }

    /** A new run: pages (and robots.txt files) are fetched at most once per run. */
    public Run newRun() {
        return new CrawlRun();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        executor.shutdownNow();
    }

    /** A batch of checks sharing one page cache. Thread-safe. */
    public interface Run {

        /** Checks one address; never throws for a bad address or site (that is a verdict). */
        LinkCheck check(String url);

        /** Checks many addresses concurrently within the limits; the map follows the given order. */
        Map<String, LinkCheck> checkAll(Collection<String> urls);

        /**
         * R16: breadth-first from {@code homePage}, within that site (same host, "www." ignored), to
         * {@link CrawlSettings#presenceDepth()} clicks, for a page linking to {@code offerPage} (its
         * catalogue page) or whose text contains {@code reference} (case and accents ignored).
         */
        PresenceCheck findOffer(String homePage, String offerPage, String reference);
    }

    /**
     * A page as read in a run: its final address after redirects, every request made for it
     * (robots.txt and each hop included) and either what can be clicked on it or why it failed.
     *
     * @param catalogue the catalogue address a redirect led to (not fetched), else null
     * @param text the page's text folded for searching (R16 only), else null
     */
    record PageResult(URI requested, URI finalUrl, List<Fetch> fetches, PageLinks links, CheckReason failure,
            String detail, URI catalogue, String text) {

        boolean ok() {
            return failure == null && links != null;
        }
    }

    private record Robots(RobotsTxt rules, List<Fetch> fetches) {
    }

    /** The evidence of one check: every fetch it relied on, once, in the order used. */
    private static final class Evidence {
        private final Set<Fetch> fetches = new LinkedHashSet<>();

        synchronized void add(List<Fetch> more) {
            fetches.addAll(more);
        }

        synchronized int size() {
            return fetches.size();
        }

        synchronized List<Fetch> list() {
            return List.copyOf(fetches);
        }
    }

    private final class CrawlRun implements Run {

        private final Map<String, CompletableFuture<PageResult>> pages = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<PageResult>> textPages = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<Robots>> robots = new ConcurrentHashMap<>();

        @Override
        public LinkCheck check(String url) {
            return checkAsync(url).join();
        }

        @Override
        public Map<String, LinkCheck> checkAll(Collection<String> urls) {
            Map<String, CompletableFuture<LinkCheck>> running = new LinkedHashMap<>();
            for (String url : urls) {
                running.computeIfAbsent(url, this::checkAsync);
            }
            Map<String, LinkCheck> results = new LinkedHashMap<>();
            running.forEach((url, future) -> results.put(url, future.join()));
            return results;
        }

        CompletableFuture<LinkCheck> checkAsync(String url) {
            URI uri;
            try {
                uri = parse(url);
            } catch (UnsafeAddressException e) {
                return CompletableFuture.completedFuture(notConform(url, e.reason(), e.getMessage(), List.of()));
            }
            Evidence evidence = new Evidence();
            return page(uri, false, false).thenCompose(page -> {
                evidence.add(page.fetches());
                if (page.catalogue() != null) {
                    return CompletableFuture.completedFuture(conform(url, 1,
                            List.of(page.requested().toString(), page.catalogue().toString()),
                            "l'adresse redirige vers le catalogue", evidence));
                }
                if (!page.ok()) {
                    return CompletableFuture.completedFuture(
                            notConform(url, page.failure(), page.detail(), evidence.list()));
                }
                for (URI link : page.links().links()) {
                    if (catalogue.contains(link)) {
                        return CompletableFuture.completedFuture(conform(url, 1,
                                List.of(page.finalUrl().toString(), link.toString()), null, evidence));
                    }
                }
                return new SecondClick(url, page, evidence).start();
            });
        }

        private LinkCheck conform(String url, int clicks, List<String> path, String detail, Evidence evidence) {
            return new LinkCheck(url, LinkVerdict.CONFORM, clicks, path, null, detail, clock.instant(),
                    evidence.list());
        }

        private LinkCheck notConform(String url, CheckReason reason, String detail, List<Fetch> fetches) {
            return new LinkCheck(url, reason.verdict(), null, List.of(), reason, detail, clock.instant(), fetches);
        }

        /**
         * The second click: reads the pages the linked page links to, a few at a time, and stops as
         * soon as one links to the catalogue. One at a time while the host has other work queued (so
         * no request is wasted once the proof is found), up to the per-host limit when it is idle.
         */
        private final class SecondClick {
            private final String url;
            private final PageResult page;
            private final Evidence evidence;
            private final Deque<URI> candidates = new ArrayDeque<>();
            private final CompletableFuture<LinkCheck> result = new CompletableFuture<>();
            private int running;
            private int read;
            private boolean done;
            private boolean script;
            private final List<String> robotsRefused = new ArrayList<>();

            SecondClick(String url, PageResult page, Evidence evidence) {
                this.url = url;
                this.page = page;
                this.evidence = evidence;
                this.script = page.links().scriptNavigation();
                Set<String> seen = new HashSet<>();
                seen.add(Urls.normalise(page.requested()));
                seen.add(Urls.normalise(page.finalUrl()));
                List<URI> sameHost = new ArrayList<>();
                List<URI> otherHosts = new ArrayList<>();
                for (URI link : page.links().links()) {
                    URI target = Urls.withoutFragment(link);
                    if (catalogue.contains(target) || !seen.add(Urls.normalise(target))) {
                        continue;
                    }
                    (page.finalUrl().getHost().equalsIgnoreCase(target.getHost()) ? sameHost : otherHosts)
                            .add(target);
                }
                candidates.addAll(sameHost);
                candidates.addAll(otherHosts);
            }

            CompletableFuture<LinkCheck> start() {
                launch();
                return result;
            }

            private void launch() {
                List<URI> starting = new ArrayList<>();
                synchronized (this) {
                    while (!done && !candidates.isEmpty()
                            && evidence.size() + running < settings.fetchBudget()
                            && (running == 0 || running < settings.perHostConcurrency()
                                    && scheduler.queued(Urls.hostKey(candidates.peek())) == 0)) {
                        starting.add(candidates.poll());
                        running++;
                    }
                    if (!done && running == 0 && starting.isEmpty()) {
                        done = true;
                        result.complete(conclude());
                        return;
                    }
                }
                for (URI candidate : starting) {
                    page(candidate, false, true).whenComplete((second, failure) -> {
                        if (failure != null) {
                            fail(failure);
                            return;
                        }
                        try {
                            received(second);
                        } catch (RuntimeException e) {
                            fail(e); // a bug must surface, not leave the check waiting for ever
                        }
                    });
                }
            }

            private synchronized void fail(Throwable failure) {
                if (!done) {
                    done = true;
                    result.completeExceptionally(failure);
                }
            }

            private void received(PageResult second) {
                synchronized (this) {
                    running--;
                    if (done) {
                        return; // proven already: later pages are not evidence of this check
                    }
                    evidence.add(second.fetches());
                    Optional<List<String>> proof = proof(second);
                    if (proof.isPresent()) {
                        done = true;
                        int clicks = second.catalogue() != null ? 1 : 2;
                        result.complete(conform(url, clicks, proof.get(),
                                clicks == 1 ? "le lien " + second.requested() + " redirige vers le catalogue" : null,
                                evidence));
                        return;
                    }
                    if (second.ok()) {
                        read++;
                        script |= second.links().scriptNavigation();
                    } else if (second.failure() == CheckReason.ROBOTS_DISALLOWED) {
                        robotsRefused.add(second.requested().toString());
                    }
                }
                launch();
            }

            private Optional<List<String>> proof(PageResult second) {
                if (second.catalogue() != null) {
                    return Optional.of(List.of(page.finalUrl().toString(), second.catalogue().toString()));
                }
                if (second.ok()) {
                    for (URI link : second.links().links()) {
                        if (catalogue.contains(link)) {
                            return Optional.of(List.of(page.finalUrl().toString(), second.finalUrl().toString(),
                                    link.toString()));
                        }
                    }
                }
                return Optional.empty();
            }

            private LinkCheck conclude() {
                List<Fetch> fetches = evidence.list();
                if (script) {
                    return notConform(url, CheckReason.SCRIPT_ONLY_LINK,
                            "navigation par JavaScript sur " + page.finalUrl() + " ou les pages liées", fetches);
                }
                if (!robotsRefused.isEmpty()) {
                    return notConform(url, CheckReason.ROBOTS_DISALLOWED,
                            "robots.txt interdit la lecture de " + String.join(", ", robotsRefused), fetches);
                }
                if (!candidates.isEmpty()) {
                    return notConform(url, CheckReason.BUDGET_EXHAUSTED, "limite de " + settings.fetchBudget()
                            + " lectures atteinte, " + candidates.size() + " page(s) liée(s) non lue(s)", fetches);
                }
                return notConform(url, CheckReason.NO_RETURN_LINK, "aucun lien vers le catalogue sur "
                        + page.finalUrl() + " ni sur les " + read + " page(s) lisible(s) qu'elle lie", fetches);
            }
        }

        // ---------------------------------------------------------------- R16

        @Override
        public PresenceCheck findOffer(String homePage, String offerPage, String reference) {
            URI home;
            try {
                home = parse(homePage);
            } catch (UnsafeAddressException e) {
                return new PresenceCheck(homePage, false, null, List.of(), e.reason(), 0, clock.instant());
            }
            String offerKey = Urls.httpAddress(offerPage == null ? "" : offerPage)
                    .map(u -> Urls.normalise(Urls.withoutFragment(u))).orElse(null);
            String needle = reference == null || reference.isBlank() ? null : fold(reference.strip());

            // The pages leading to each address still to read (final addresses, from the home page)
            Map<String, List<String>> leadingTo = new HashMap<>();
            leadingTo.put(Urls.normalise(home), List.of());
            Set<String> seen = new HashSet<>();
            seen.add(Urls.normalise(home));
            List<URI> level = List.of(home);
            int pagesRead = 0;
            int requested = 0;
            boolean budgetExhausted = false;
            CheckReason trouble = null;
            for (int depth = 0; depth <= settings.presenceDepth() && !level.isEmpty(); depth++) {
                int room = settings.presenceBudget() - requested;
                if (level.size() > room) {
                    budgetExhausted = true;
                    level = level.subList(0, Math.max(0, room));
                }
                requested += level.size();
                List<CompletableFuture<PageResult>> reading = new ArrayList<>();
                for (URI u : level) {
                    reading.add(page(u, true, false));
                }
                List<URI> next = new ArrayList<>();
                for (int i = 0; i < level.size(); i++) {
                    PageResult p = reading.get(i).join();
                    if (!p.ok()) {
                        if (depth == 0) {
                            return new PresenceCheck(homePage, false, null, List.of(),
                                    p.failure() != null ? p.failure() : CheckReason.HTTP_ERROR, 0, clock.instant());
                        }
                        if (p.failure() == CheckReason.ROBOTS_DISALLOWED) {
                            trouble = CheckReason.ROBOTS_DISALLOWED;
                        }
                        continue;
                    }
                    pagesRead++;
                    List<String> path = new ArrayList<>(leadingTo.get(Urls.normalise(level.get(i))));
                    path.add(p.finalUrl().toString());
                    boolean found = needle != null && p.text() != null && p.text().contains(needle);
                    for (URI link : p.links().links()) {
                        if (offerKey != null && Urls.normalise(Urls.withoutFragment(link)).equals(offerKey)) {
                            found = true;
                        }
                    }
                    if (found) {
                        return new PresenceCheck(homePage, true, depth, path, null, pagesRead, clock.instant());
                    }
                    for (URI link : p.links().links()) {
                        URI target = Urls.withoutFragment(link);
                        if (Urls.sameSite(target, home) && seen.add(Urls.normalise(target))) {
                            next.add(target);
                            leadingTo.put(Urls.normalise(target), path);
                        }
                    }
                }
                level = next;
            }
            CheckReason reason = budgetExhausted ? CheckReason.BUDGET_EXHAUSTED : trouble;
            return new PresenceCheck(homePage, false, null, List.of(), reason, pagesRead, clock.instant());
        }

        // ---------------------------------------------------------------- fetching

        /**
         * A page, read at most once per run (with or without its text, R16 needs it). {@code urgent}: a
         * check already under way waits for it (a second click), so it goes before new checks' pages
         * on its host; this keeps the end of a run from being a tail of second clicks.
         */
        CompletableFuture<PageResult> page(URI address, boolean withText, boolean urgent) {
            Map<String, CompletableFuture<PageResult>> cache = withText ? textPages : pages;
            String key = Urls.normalise(address);
            CompletableFuture<PageResult> mine = new CompletableFuture<>();
            CompletableFuture<PageResult> existing = cache.putIfAbsent(key, mine);
            if (existing != null) {
                return existing;
            }
            Set<String> visited = new HashSet<>();
            visited.add(key);
            CompletableFuture<PageResult> loading;
            try {
                loading = follow(address, address, 0, visited, new ArrayList<>(), withText, urgent);
            } catch (RuntimeException e) {
                loading = CompletableFuture.failedFuture(e); // never leave a cached page pending for ever
            }
            loading.whenComplete((page, failure) -> {
                if (failure != null) {
                    mine.completeExceptionally(failure);
                } else {
                    mine.complete(page);
                }
            });
            return mine;
        }

        /** One hop: vetted, allowed by robots.txt, fetched politely; a redirect leads to the next hop. */
        private CompletableFuture<PageResult> follow(URI requested, URI current, int redirects, Set<String> visited,
                List<Fetch> fetches, boolean withText, boolean urgent) {
            String hop = current.equals(requested) ? "" : " (redirection vers " + current + ")";
            try {
                safety.check(current);
            } catch (UnsafeAddressException e) {
                fetches.add(new Fetch(current.toString(), 0, 0, e.reason()));
                return done(requested, current, fetches, e.reason(), e.getMessage() + hop);
            } catch (UnresolvableHostException e) {
                fetches.add(new Fetch(current.toString(), 0, 0, CheckReason.UNREACHABLE));
                return done(requested, current, fetches, CheckReason.UNREACHABLE, e.getMessage() + hop);
            }
            if (current.getHost() == null) {
                fetches.add(new Fetch(current.toString(), 0, 0, CheckReason.MALFORMED_ADDRESS));
                return done(requested, current, fetches, CheckReason.MALFORMED_ADDRESS,
                        "adresse illisible par le client HTTP : " + current + hop);
            }
            return robots(current).thenCompose(rules -> {
                addAll(fetches, rules.fetches());
                if (!rules.rules().allows(current)) {
                    return done(requested, current, fetches, CheckReason.ROBOTS_DISALLOWED,
                            "robots.txt de " + Urls.origin(current) + " interdit la lecture de " + current);
                }
                return scheduler.submit(Urls.hostKey(current), urgent, () -> vettedGet(current, PageFetcher.Want.HTML))
                        .thenComposeAsync(answer -> {
                            fetches.add(answer.toFetch());
                            return afterAnswer(requested, current, answer, redirects, visited, fetches, withText);
                        }, executor);
            });
        }

        private CompletableFuture<PageResult> afterAnswer(URI requested, URI current, PageFetcher.Answer answer,
                int redirects, Set<String> visited, List<Fetch> fetches, boolean withText) {
            if (answer.failure() != null && answer.status() == 0) {
                return done(requested, current, fetches, answer.failure(), answer.detail());
            }
            int status = answer.status();
            if (isRedirect(status)) {
                Optional<String> location = answer.header("Location");
                if (location.isEmpty()) {
                    return done(requested, current, fetches, CheckReason.HTTP_ERROR,
                            "HTTP " + status + " sans adresse de destination sur " + current);
                }
                Optional<URI> next = Urls.resolve(current, location.get()).map(Urls::withoutFragment);
                if (next.isEmpty()) {
                    return done(requested, current, fetches, CheckReason.MALFORMED_ADDRESS,
                            "redirection de " + current + " vers une adresse mal formée ou non http(s) : "
                                    + location.get());
                }
                URI target = next.get();
                if (catalogue.contains(target)) {
                    return CompletableFuture.completedFuture(
                            new PageResult(requested, current, List.copyOf(fetches), null, null, null, target, null));
                }
                if (!visited.add(Urls.normalise(target))) {
                    return done(requested, current, fetches, CheckReason.REDIRECT_LOOP,
                            current + " redirige vers " + target + ", adresse déjà visitée");
                }
                if (redirects >= settings.maxRedirects()) {
                    return done(requested, current, fetches, CheckReason.TOO_MANY_REDIRECTS,
                            "plus de " + settings.maxRedirects() + " redirections depuis " + requested);
                }
                return follow(requested, target, redirects + 1, visited, fetches, withText, true);
            }
            if (status == 404 || status == 410) {
                return done(requested, current, fetches, CheckReason.NOT_FOUND, "HTTP " + status + " sur " + current);
            }
            if (status < 200 || status >= 300) {
                return done(requested, current, fetches, CheckReason.HTTP_ERROR, "HTTP " + status + " sur " + current);
            }
            if (answer.failure() != null) {
                return done(requested, current, fetches, answer.failure(), answer.detail() + " : " + current);
            }
            Optional<String> type = answer.header("Content-Type");
            if (type.isEmpty() && !looksLikeHtml(answer.body())) {
                return done(requested, current, fetches, CheckReason.NOT_HTML,
                        "contenu sans type, pas une page HTML : " + current);
            }
            Document document;
            try {
                document = Jsoup.parse(new ByteArrayInputStream(answer.body()),
                        type.flatMap(LinkCrawler::charset).orElse(null), current.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PageLinks links = PageLinks.of(document, current);
            String text = withText ? fold(document.text()) : null;
            return CompletableFuture.completedFuture(
                    new PageResult(requested, current, List.copyOf(fetches), links, null, null, null, text));
        }

        private CompletableFuture<PageResult> done(URI requested, URI current, List<Fetch> fetches,
                CheckReason failure, String detail) {
            return CompletableFuture.completedFuture(
                    new PageResult(requested, current, List.copyOf(fetches), null, failure, detail, null, null));
        }

        /** robots.txt of the page's origin, fetched once per run, under the same politeness. */
        private CompletableFuture<Robots> robots(URI page) {
            String origin = Urls.origin(page);
            CompletableFuture<Robots> mine = new CompletableFuture<>();
            CompletableFuture<Robots> existing = robots.putIfAbsent(origin, mine);
            if (existing != null) {
                return existing;
            }
            URI address = URI.create(page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getRawAuthority()
                    + "/robots.txt");
            fetchRobots(address, 0, new ArrayList<>()).whenComplete((r, failure) -> {
                if (failure != null) {
                    mine.complete(new Robots(RobotsTxt.ALLOW_ALL, List.of()));
                } else {
                    mine.complete(r);
                }
            });
            return mine;
        }

        private CompletableFuture<Robots> fetchRobots(URI address, int redirects, List<Fetch> fetches) {
            try {
                safety.check(address);
            } catch (UnsafeAddressException | UnresolvableHostException e) {
                fetches.add(new Fetch(address.toString(), 0, 0, e instanceof UnsafeAddressException u ? u.reason()
                        : CheckReason.UNREACHABLE));
                return CompletableFuture.completedFuture(new Robots(RobotsTxt.ALLOW_ALL, List.copyOf(fetches)));
            }
            if (address.getHost() == null) {
                return CompletableFuture.completedFuture(new Robots(RobotsTxt.ALLOW_ALL, List.copyOf(fetches)));
            }
            return scheduler.submit(Urls.hostKey(address), true, () -> vettedGet(address, PageFetcher.Want.TEXT))
                    .thenComposeAsync(answer -> {
                        fetches.add(answer.toFetch());
                        int status = answer.status();
                        if (isRedirect(status) && redirects < settings.maxRedirects()) {
                            Optional<URI> next = answer.header("Location").flatMap(l -> Urls.resolve(address, l));
                            if (next.isPresent() && !catalogue.contains(next.get())) {
                                return fetchRobots(next.get(), redirects + 1, fetches);
                            }
                        }
                        RobotsTxt rules = status >= 200 && status < 300 && answer.body() != null
                                ? RobotsTxt.parse(new String(answer.body(), StandardCharsets.UTF_8), productToken)
                                // 4xx: no robots.txt, everything allowed; 5xx or no answer: allowed too (documented)
                                : RobotsTxt.ALLOW_ALL;
                        return CompletableFuture.completedFuture(new Robots(rules, List.copyOf(fetches)));
                    }, executor);
        }
    }

    /**
     * The request itself, vetted once more as it starts: a request may wait in its host's queue
     * longer than the JVM keeps a name's addresses (30 s by default), and the HTTP client resolves
     * the name again; checked just before, both lookups get the same cached answer (no rebinding).
     */
    private CompletableFuture<PageFetcher.Answer> vettedGet(URI address, PageFetcher.Want want) {
        try {
            safety.check(address);
        } catch (UnsafeAddressException e) {
            return CompletableFuture.completedFuture(
                    new PageFetcher.Answer(address, 0, null, null, e.reason(), e.getMessage(), 0));
        } catch (UnresolvableHostException e) {
            return CompletableFuture.completedFuture(
                    new PageFetcher.Answer(address, 0, null, null, CheckReason.UNREACHABLE, e.getMessage(), 0));
        }
        return fetcher.get(address, want);
    }

    private static void addAll(List<Fetch> fetches, List<Fetch> more) {
        for (Fetch f : more) {
            if (!fetches.contains(f)) {
                fetches.add(f);
            }
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Optional<String> charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Optional.of(Charset.forName(m.group(1)).name());
            } catch (IllegalArgumentException unknown) {
                return Optional.empty(); // let the parser read <meta charset>
            }
        }
        return Optional.empty();
    }

    /** No Content-Type: HTML only if it starts like HTML, as browsers sniff. */
    private static boolean looksLikeHtml(byte[] body) {
        if (body == null) {
            return false;
        }
        int from = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF
                ? 3 : 0; // UTF-8 byte order mark
        String start = new String(body, from, Math.min(body.length - from, 512), StandardCharsets.ISO_8859_1)
                .strip().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<!--");
    }

    /** Case and accents ignored (R16's reference search). */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
