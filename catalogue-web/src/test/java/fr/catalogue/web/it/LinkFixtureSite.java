package fr.catalogue.web.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A partner's web site for the two-click checker (R15, R16), served by the JDK's HTTP server in the
 * test JVM on a free port. The server under test reaches it as
 * {@code http://localhost:<port>/…}, allowed by {@code catalogue.linkcheck.allowed-hosts=localhost}
 * (see {@link TestDatabase}); the same site as {@code http://127.0.0.1:<port>/} stays forbidden.
 * Every request is recorded, so a test can prove a refused address received none.
 *
 * <ul>
 * <li>{@code /retour…}: links to the catalogue's offer page (one click back);</li>
 * <li>{@code /sans-retour…}: links only to {@code /impasse}, a page without links (no way back);</li>
 * <li>{@code /lent…}: as {@code /retour}, after {@value #SLOW_MILLIS} ms (a slow site);</li>
 * <li>{@code /}: the home page, naming every text {@link #mention}ed (the R16 search);</li>
 * <li>anything else: 404.</li>
 * </ul>
 */
final class LinkFixtureSite implements AutoCloseable {

    /** The catalogue as the server under test sees it: {@code catalogue.public-url}'s default. */
    static final String CATALOGUE_PAGE = "http://localhost:8080/offre.xhtml?id=1";
    static final long SLOW_MILLIS = 3_000;

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> answered = new CopyOnWriteArrayList<>();
    private final List<String> mentions = new CopyOnWriteArrayList<>();

    LinkFixtureSite() {
        try {
            // every interface: "localhost" may resolve to ::1 as well as to 127.0.0.1 in the server under test
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address as the checker must be given it: {@code http://localhost:<port>/}. */
    String base() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    /** The same site by its loopback address, which the safety rules refuse. */
    String loopbackBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Every path (with query) requested so far, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Whether the answer to a path (with query) was sent completely. */
    boolean answered(String pathAndQuery) {
        return answered.contains(pathAndQuery);
    }

    /** Puts a text on the home page (an offer's title, for the R16 search). */
    void mention(String text) {
        mentions.add(text);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(target);
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.startsWith("/retour")) {
            body = page("Retour", "<p>Cette offre est labellisée : <a href=\"" + CATALOGUE_PAGE + "\">voir le catalogue</a>.</p>");
        } else if (path.startsWith("/sans-retour")) {
            body = page("Sans retour", "<p><a href=\"/impasse\">Contact</a></p>");
        } else if (path.equals("/impasse")) {
            body = page("Impasse", "<p>Écrivez-nous.</p>");
        } else if (path.startsWith("/lent")) {
            try {
                Thread.sleep(SLOW_MILLIS); // a slow partner site: the latency is what is simulated
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            body = page("Lent", "<p><a href=\"" + CATALOGUE_PAGE + "\">Catalogue</a></p>");
        } else if (path.equals("/")) {
            StringBuilder home = new StringBuilder("<h1>Accueil</h1><ul>");
            mentions.forEach(text -> home.append("<li>").append(text).append("</li>"));
            body = page("Accueil", home.append("</ul><a href=\"/retour\">Nos offres</a>").toString());
        } else {
            send(exchange, 404, "text/plain; charset=UTF-8", "introuvable");
            answered.add(target);
            return;
        }
        send(exchange, 200, "text/html; charset=UTF-8", body);
        answered.add(target);
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>" + title + "</title></head><body>"
                + content + "</body></html>";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
