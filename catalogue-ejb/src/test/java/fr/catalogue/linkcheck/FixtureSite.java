package fr.catalogue.linkcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's site for the crawler's tests: the JDK's HTTP server on 127.0.0.1 and a random port,
 * serving registered answers (status, headers, body, optional latency), counting requests per path
 * and recording the User-Agent and how many requests were in flight at once. Unregistered paths
 * answer 404 (so robots.txt is absent unless registered). Reached as {@code http://localhost:PORT}
 * so that only "localhost" needs to be allowed.
 */
final class FixtureSite implements AutoCloseable {

    /**
     * One registered answer. {@code delayMillis}: before the headers; {@code chunked}: no Content-Length
     * header, the size is not announced; {@code bodyDelayMillis}: between the first half of the body and
     * the rest (a site that stalls while sending).
     */
    record Answer(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean chunked,
            long bodyDelayMillis) {

        Answer(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean chunked) {
            this(status, headers, body, delayMillis, chunked, 0);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fixture-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<Long> starts = new CopyOnWriteArrayList<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static FixtureSite start() {
        try {
            return new FixtureSite();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The address of a path on this site, through the allowed name "localhost". */
    String url(String path) {
        return "http://localhost:" + port() + path;
    }

    FixtureSite answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    FixtureSite html(String path, String body) {
        return html(path, body, 0);
    }

    FixtureSite html(String path, String body, long delayMillis) {
        return answer(path, new Answer(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                body.getBytes(StandardCharsets.UTF_8), delayMillis, false));
    }

    FixtureSite redirect(String path, String location) {
        return answer(path, new Answer(302, Map.of("Location", location), new byte[0], 0, false));
    }

    FixtureSite status(String path, int status) {
        return answer(path, new Answer(status, Map.of("Content-Type", "text/html"),
                ("<p>" + status + "</p>").getBytes(StandardCharsets.UTF_8), 0, false));
    }

    FixtureSite robots(String body) {
        return answer("/robots.txt", new Answer(200, Map.of("Content-Type", "text/plain"),
                body.getBytes(StandardCharsets.UTF_8), 0, false));
    }

    /** Requests received for a path (query ignored). */
    int requests(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    int totalRequests() {
        return total.get();
    }

    Set<String> userAgents() {
        return Set.copyOf(userAgents);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** System.nanoTime() at the arrival of each request, in arrival order. */
    List<Long> starts() {
        return List.copyOf(starts);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        starts.add(System.nanoTime());
        total.incrementAndGet();
        String path = exchange.getRequestURI().getRawPath();
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String ua = exchange.getRequestHeaders().getFirst("User-Agent");
        userAgents.add(ua == null ? "" : ua);
        boolean counted = true;
        try {
            Answer answer = answers.getOrDefault(path, new Answer(404, Map.of("Content-Type", "text/html"),
                    "<p>introuvable</p>".getBytes(StandardCharsets.UTF_8), 0, false));
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis()); // simulated latency of a slow site
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = answer.body();
            // no longer "in flight" once the answer starts: the client cannot have it complete before this
            inFlight.decrementAndGet();
            counted = false;
            exchange.sendResponseHeaders(answer.status(), answer.chunked() ? 0 : body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (answer.bodyDelayMillis() > 0) {
                        out.write(body, 0, body.length / 2);
                        out.flush();
                        Thread.sleep(answer.bodyDelayMillis()); // a site stalling in the middle of its answer
                        out.write(body, body.length / 2, body.length - body.length / 2);
                    } else {
                        out.write(body);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the crawler may hang up early (too large, timeout): expected
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
