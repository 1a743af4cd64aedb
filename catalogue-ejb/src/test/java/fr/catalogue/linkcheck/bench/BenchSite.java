package fr.catalogue.linkcheck.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.catalogue.linkcheck.CheckReason;
import fr.catalogue.linkcheck.LinkVerdict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The generated site of the crawl benchmark: {@code hosts} loopback addresses (127.0.0.1, 127.0.0.2, …,
 * each a host of its own with its own HTTP server on the same port) holding {@code pages} linked
 * pages in all, spread evenly, each with a kind drawn from a seed, hence a known expected verdict.
 *
 * <p>Every response (robots.txt, pages, hubs, 404s) is delayed by a latency of its own, drawn from
 * the seed and the address (same for every client, every run). The delay is a timer
 * ({@link ScheduledExecutorService}), not a sleeping thread, so the site serves any number of
 * requests at once and the latency is the only thing it adds.
 *
 * <p>Pages per host: {@code /p/N.html} (linked from offers), {@code /hub/K.html} (same-host pages
 * linking to the catalogue, reached from two-click pages), {@code /mid/N.html} → {@code /deep/N.html}
 * (three clicks), {@code /old/N.html} (404, the only link of a dead end), {@code /contact.html} (a link
 * of one-click pages that a checker stopping once the rule is proven never needs), {@code /robots.txt}
 * (allows all). Every request is recorded with the phase it belongs to (ours, linkchecker).
 */
final class BenchSite implements AutoCloseable {

    /** What a linked page is, hence what the two-click checker must say about it. */
    enum Kind {
        /** Links to the catalogue (and to /contact.html, never needed). */
        ONE_CLICK(LinkVerdict.CONFORM, 1, null),
        /** Links only to a hub page of the same host, which links to the catalogue. */
        TWO_CLICK(LinkVerdict.CONFORM, 2, null),
        /** Answers 404. */
        NOT_FOUND(LinkVerdict.NON_CONFORM, null, CheckReason.NOT_FOUND),
        /** A page without any link. */
        NO_LINK(LinkVerdict.NON_CONFORM, null, CheckReason.NO_RETURN_LINK),
        /** Its only link answers 404. */
        DEAD_END(LinkVerdict.NON_CONFORM, null, CheckReason.NO_RETURN_LINK),
        /** Page → mid → deep → catalogue: three clicks. */
        THREE_CLICK(LinkVerdict.NON_CONFORM, null, CheckReason.NO_RETURN_LINK);

        final LinkVerdict verdict;
        final Integer clicks;
        final CheckReason reason;

        Kind(LinkVerdict verdict, Integer clicks, CheckReason reason) {
            this.verdict = verdict;
            this.clicks = clicks;
            this.reason = reason;
        }
    }

    /** A linked page: host number (0-based), index on its host, kind, and hub it links to (two-click). */
    record Page(int host, int index, Kind kind, int hub) {

        String path() {
            return "/p/" + index + ".html";
        }
    }

    /** One request the site received. */
    record Hit(String phase, int host, String path, String userAgent, long arrivalNanos, long sentNanos) {
    }

    private record Response(int status, String contentType, byte[] body) {
    }

    static final String CATALOGUE = "http://catalogue.bench/";
    static final int HUBS_PER_HOST = 2;

    private final int hostCount;
    private final long seed;
    private final int minLatency;
    private final int maxLatency;
    private final List<Page> pages;
    private final List<Map<String, Response>> content = new ArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final ConcurrentLinkedQueue<Hit> hits = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4, daemon("bench-site-timer"));
    private final ExecutorService handlers = Executors.newFixedThreadPool(8, daemon("bench-site-handler"));
    private volatile String phase = "none";
    private volatile boolean linkcheckerHeader;
    private int port;

    private BenchSite(int hostCount, int pageCount, long seed, int minLatency, int maxLatency, double failing) {
        if (hostCount < 1 || hostCount > 250) {
            throw new IllegalArgumentException("bench.hosts must be between 1 and 250 (loopback 127.0.0.1 … 127.0.0.250)");
        }
        this.hostCount = hostCount;
        this.seed = seed;
        this.minLatency = minLatency;
        this.maxLatency = maxLatency;
        this.pages = draw(pageCount, failing);
        for (int host = 0; host < hostCount; host++) {
            content.add(contentOf(host));
        }
    }

    /**
     * Draws the site: a third of the pages two-click, a share {@code failing} split evenly between
     * the four failing kinds, the rest one-click; kinds shuffled over all pages, page j on host j mod hosts.
     */
    static BenchSite generate(int hosts, int pages, long seed, int minLatency, int maxLatency, double failing) {
        return new BenchSite(hosts, pages, seed, minLatency, maxLatency, failing);
    }

    private List<Page> draw(int count, double failing) {
        int twoClick = Math.round(count / 3f);
        int eachFailing = (int) Math.round(count * failing / 4);
        List<Kind> kinds = new ArrayList<>(count);
        for (int i = 0; i < twoClick; i++) {
            kinds.add(Kind.TWO_CLICK);
        }
        for (Kind kind : List.of(Kind.NOT_FOUND, Kind.NO_LINK, Kind.DEAD_END, Kind.THREE_CLICK)) {
            for (int i = 0; i < eachFailing; i++) {
                kinds.add(kind);
            }
        }
        while (kinds.size() < count) {
            kinds.add(Kind.ONE_CLICK);
        }
        Random random = new Random(seed);
        Collections.shuffle(kinds, random);
        List<Page> drawn = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            drawn.add(new Page(j % hostCount, j / hostCount, kinds.get(j), random.nextInt(HUBS_PER_HOST)));
        }
        return List.copyOf(drawn);
    }

    private Map<String, Response> contentOf(int host) {
        Map<String, Response> paths = new LinkedHashMap<>();
        paths.put("/robots.txt", new Response(200, "text/plain; charset=utf-8",
                "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8)));
        paths.put("/contact.html", html(200, "Contact", "<p>Écrivez-nous : contact@partenaire.example</p>"));
        for (int hub = 0; hub < HUBS_PER_HOST; hub++) {
            paths.put("/hub/" + hub + ".html", html(200, "Nos offres au catalogue",
                    "<ul><li><a href=\"" + CATALOGUE + "partenaires/" + host + "\">Toutes nos offres au catalogue</a></li></ul>"));
        }
        for (Page page : pages) {
            if (page.host() != host) {
                continue;
            }
            int n = page.index();
            switch (page.kind()) {
                case ONE_CLICK -> {
                    // The three spellings of a link to the catalogue a partner may write.
                    String catalogue = switch (n % 3) {
                        case 0 -> CATALOGUE + "offres/" + host + "-" + n;
                        case 1 -> "https://catalogue.bench/offres/" + host + "-" + n;
                        default -> "//catalogue.bench/offres/" + host + "-" + n;
                    };
                    paths.put(page.path(), html(200, "Offre " + n, "<nav><a href=\"/contact.html\">Contact</a></nav>"
                            + "<p>Retrouvez cette offre sur <a href=\"" + catalogue + "\">le catalogue</a>.</p>"));
                }
                case TWO_CLICK -> paths.put(page.path(), html(200, "Offre " + n,
                        "<p>Toutes nos offres : <a href=\"../hub/" + page.hub() + ".html\">nos offres au catalogue</a>.</p>"));
                case NOT_FOUND -> {
                    // no content: the path answers 404 like any unknown one
                }
                case NO_LINK -> paths.put(page.path(), html(200, "Offre " + n, "<p>Pas de lien sur cette page.</p>"));
                case DEAD_END -> paths.put(page.path(), html(200, "Offre " + n,
                        "<p>Voir <a href=\"/old/" + n + ".html\">l'ancienne page</a>.</p>"));
                case THREE_CLICK -> {
                    paths.put(page.path(), html(200, "Offre " + n, "<p>Voir <a href=\"/mid/" + n + ".html\">la suite</a>.</p>"));
                    paths.put("/mid/" + n + ".html", html(200, "Suite " + n,
                            "<p>Voir <a href=\"/deep/" + n + ".html\">plus loin</a>.</p>"));
                    paths.put("/deep/" + n + ".html", html(200, "Plus loin " + n,
                            "<p><a href=\"" + CATALOGUE + "offres/" + host + "-" + n + "\">le catalogue</a></p>"));
                }
            }
        }
        return paths;
    }

    private static Response html(int status, String title, String body) {
        String page = "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
                + "<body><h1>" + title + "</h1>\n" + body + "\n<p>Texte de la page : description, caractéristiques, "
                + "conditions de vente, garanties et services associés à cette offre.</p>\n</body></html>\n";
        return new Response(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** The paths a two-click checker must fetch on a host, robots.txt first: nothing can be spared. */
    Set<String> neededPaths(int host) {
        Set<String> needed = new LinkedHashSet<>();
        needed.add("/robots.txt");
        for (Page page : pages) {
            if (page.host() != host) {
                continue;
            }
            needed.add(page.path());
            switch (page.kind()) {
                case TWO_CLICK -> needed.add("/hub/" + page.hub() + ".html");
                case DEAD_END -> needed.add("/old/" + page.index() + ".html");
                case THREE_CLICK -> needed.add("/mid/" + page.index() + ".html");
                default -> {
                    // the page alone decides
                }
            }
        }
        return needed;
    }

    /** The links of a page, as absolute addresses (catalogue links included), for comparing with linkchecker. */
    List<String> linksOf(Page page) {
        String base = origin(page.host());
        return switch (page.kind()) {
            case ONE_CLICK -> List.of(base + "/contact.html", "catalogue");
            case TWO_CLICK -> List.of(base + "/hub/" + page.hub() + ".html");
            case DEAD_END -> List.of(base + "/old/" + page.index() + ".html");
            case THREE_CLICK -> List.of(base + "/mid/" + page.index() + ".html");
            case NOT_FOUND, NO_LINK -> List.of();
        };
    }

    /** The latency of a response, in milliseconds: drawn from the seed, the host and the path. */
    int latency(int host, String path) {
        long mixed = seed * 0x9E3779B97F4A7C15L + host * 1_000_003L + path.hashCode();
        return new SplittableRandom(mixed).nextInt(minLatency, maxLatency + 1);
    }

    /** Starts one server per loopback address, all on the same free port. */
    void start() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            int candidate;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                candidate = probe.getLocalPort();
            }
            try {
                bindAll(candidate);
                port = candidate;
                return;
            } catch (BindException busy) {
                last = busy;
                stopServers();
            }
        }
        throw new IOException("no port free on all of 127.0.0.1 … 127.0.0." + hostCount, last);
    }

    private void bindAll(int candidate) throws IOException {
        for (int host = 0; host < hostCount; host++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(address(host), candidate), 200);
            int h = host;
            server.createContext("/", exchange -> serve(h, exchange));
            server.setExecutor(handlers);
            server.start();
            servers.add(server);
        }
    }

    private void serve(int host, HttpExchange exchange) {
        long arrival = System.nanoTime();
        String path = exchange.getRequestURI().getRawPath();
        String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        String currentPhase = phase;
        Response response = content.get(host).get(path);
        Response answer = response != null ? response : html(404, "Page introuvable", "<p>Cette page n'existe pas.</p>");
        timer.schedule(() -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                if (linkcheckerHeader) {
                    exchange.getResponseHeaders().set("LinkChecker", "bench");
                }
                boolean head = "HEAD".equals(exchange.getRequestMethod());
                exchange.sendResponseHeaders(answer.status(), head ? -1 : answer.body().length);
                if (!head) {
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(answer.body());
                    }
                }
            } catch (IOException closedByClient) {
                // the client gave up (timeout): nothing to answer
            } finally {
                hits.add(new Hit(currentPhase, host, path, userAgent, arrival, System.nanoTime()));
            }
        }, latency(host, path), TimeUnit.MILLISECONDS);
    }

    static String address(int host) {
        return "127.0.0." + (host + 1);
    }

    String origin(int host) {
        return "http://" + address(host) + ":" + port;
    }

    String url(Page page) {
        return origin(page.host()) + page.path();
    }

    int hostCount() {
        return hostCount;
    }

    List<Page> pages() {
        return pages;
    }

    int port() {
        return port;
    }

    /** Requests from now on are recorded under this phase. */
    void phase(String name) {
        phase = name;
    }

    /** Whether responses carry the "LinkChecker" header, which lets linkchecker exceed 10 requests/s per host. */
    void linkcheckerHeader(boolean send) {
        linkcheckerHeader = send;
    }

    List<Hit> hits(String ofPhase) {
        return hits.stream().filter(hit -> hit.phase().equals(ofPhase)).toList();
    }

    @Override
    public void close() {
        stopServers();
        timer.shutdownNow();
        handlers.shutdownNow();
    }

    private void stopServers() {
        servers.forEach(server -> server.stop(0));
        servers.clear();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
