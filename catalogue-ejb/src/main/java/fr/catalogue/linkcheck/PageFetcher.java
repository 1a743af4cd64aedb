package fr.catalogue.linkcheck;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP request with the crawler's limits: no redirect followed (the crawler vets each hop
 * itself), the whole answer within the read timeout, at most {@code maxBytes} read (a larger
 * Content-Length is refused without reading), and only HTML bodies read when a page is wanted.
 * Never fails: every failure is an {@link Answer} with its {@link CheckReason}.
 */
final class PageFetcher {

    /** What the body is wanted for. */
    enum Want {
        /** A page to parse: only HTML is read. */
        HTML,
        /** robots.txt: any text, read up to a smaller limit and cut there. */
        TEXT
    }

    /** Bodies of redirects and errors are read (to keep the connection) only up to this, then dropped. */
    private static final long SMALL_BODY = 16 * 1024;
    /** robots.txt beyond this is ignored, as major crawlers do (RFC 9309 asks for at least 500 KiB). */
    private static final long ROBOTS_MAX = 512 * 1024;

    /**
     * The answer to one request.
     *
     * @param failure null when a response was read (whatever its status)
     */
    record Answer(URI url, int status, HttpHeaders headers, byte[] body, CheckReason failure, String detail,
            long millis) {

        Fetch toFetch() {
            return new Fetch(url.toString(), status, millis, failure);
        }

        Optional<String> header(String name) {
            return headers == null ? Optional.empty() : headers.firstValue(name);
        }
    }

    private record Body(byte[] bytes, CheckReason refused, String detail) {
    }

    private final HttpClient client;
    private final CrawlSettings settings;
    private final ScheduledExecutorService timer;

    PageFetcher(HttpClient client, CrawlSettings settings, ScheduledExecutorService timer) {
        this.client = client;
        this.settings = settings;
        this.timer = timer;
    }

    CompletableFuture<Answer> get(URI url, Want want) {
        long start = System.nanoTime();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .GET()
                    .timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", want == Want.HTML
                            ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" : "text/plain,*/*;q=0.5")
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Answer(url, 0, null, null, CheckReason.MALFORMED_ADDRESS,
                    "adresse refusée par le client HTTP : " + url, 0));
        }
        long deadline = start + settings.readTimeout().toNanos();
        CompletableFuture<HttpResponse<Body>> sent;
        try {
            sent = client.sendAsync(request, info -> subscriber(info, want, deadline));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, failure) -> {
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (failure != null) {
                return failed(url, failure, millis);
            }
            Body body = response.body();
            return new Answer(url, response.statusCode(), response.headers(), body.bytes(), body.refused(),
                    body.detail(), millis);
        });
    }

    private Answer failed(URI url, Throwable failure, long millis) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new Answer(url, 0, null, null, CheckReason.TIMEOUT,
                    "connexion non établie en " + millis(settings.connectTimeout()) + " avec " + url, millis);
        }
        if (cause instanceof HttpTimeoutException) {
            return new Answer(url, 0, null, null, CheckReason.TIMEOUT,
                    "pas de réponse complète en " + millis(settings.readTimeout()) + " de " + url, millis);
        }
        String why = cause instanceof UnknownHostException ? "nom inconnu"
                : cause instanceof ConnectException ? "connexion refusée"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " : " + cause.getMessage());
        return new Answer(url, 0, null, null, CheckReason.UNREACHABLE, "site injoignable (" + why + ") : " + url,
                millis);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    private BodySubscriber<Body> subscriber(HttpResponse.ResponseInfo info, Want want, long deadline) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            return new Limited(SMALL_BODY, false, deadline);
        }
        if (want == Want.TEXT) {
            return new Limited(Math.min(settings.maxBytes(), ROBOTS_MAX), false, deadline);
        }
        Optional<String> type = info.headers().firstValue("Content-Type");
        if (type.isPresent() && !isHtml(type.get())) {
            return refused(CheckReason.NOT_HTML, "contenu de type " + mediaType(type.get()) + ", pas une page HTML");
        }
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > settings.maxBytes()) {
            return refused(CheckReason.TOO_LARGE,
                    "taille annoncée de " + length + " octets, plus que " + settings.maxBytes() + " octets permis");
        }
        return new Limited(settings.maxBytes(), true, deadline);
    }

    static boolean isHtml(String contentType) {
        String media = mediaType(contentType);
        return media.equals("text/html") || media.equals("application/xhtml+xml");
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses the body without reading it: the connection is dropped. */
    private BodySubscriber<Body> refused(CheckReason reason, String detail) {
        return new Limited(0, false, 0, new Body(null, reason, detail));
    }

    /**
     * Reads a body up to a limit, then cancels the subscription (which closes the connection);
     * past the deadline it cancels too and fails with a timeout.
     */
    private final class Limited implements BodySubscriber<Body> {

        private final long limit;
        private final boolean failOverLimit;
        private final long deadline;
        private final Body immediate;
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        private ScheduledFuture<?> watchdog;

        Limited(long limit, boolean failOverLimit, long deadline) {
            this(limit, failOverLimit, deadline, null);
        }

        Limited(long limit, boolean failOverLimit, long deadline, Body immediate) {
            this.limit = limit;
            this.failOverLimit = failOverLimit;
            this.deadline = deadline;
            this.immediate = immediate;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (immediate != null) {
                s.cancel();
                result.complete(immediate);
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                timeOut();
                return;
            }
            watchdog = timer.schedule(this::timeOut, left, TimeUnit.NANOSECONDS);
            result.whenComplete((b, e) -> watchdog.cancel(false));
            s.request(1);
        }

        private void timeOut() {
            if (!result.isDone()) {
                subscription.cancel();
                result.completeExceptionally(new HttpTimeoutException("body not read before the read timeout"));
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (bytes.size() + (long) n > limit) {
                    subscription.cancel();
                    if (failOverLimit) {
                        result.complete(new Body(null, CheckReason.TOO_LARGE,
                                "plus de " + limit + " octets, lecture arrêtée"));
                    } else {
                        byte[] part = new byte[(int) (limit - bytes.size())];
                        item.get(part);
                        bytes.write(part, 0, part.length);
                        result.complete(new Body(bytes.toByteArray(), null, null));
                    }
                    return;
                }
                byte[] chunk = new byte[n];
                item.get(chunk);
                bytes.write(chunk, 0, n);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(bytes.toByteArray(), null, null));
        }

        @Override
        public java.util.concurrent.CompletionStage<Body> getBody() {
            return result;
        }
    }
}
