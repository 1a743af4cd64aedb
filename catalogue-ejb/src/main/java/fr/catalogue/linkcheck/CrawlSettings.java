package fr.catalogue.linkcheck;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the two-click checker crawls, read from the configuration (docs/operations.md, "Two-click
 * checker"). Every limit has a default fit for production.
 *
 * @param publicUrl {@code catalogue.public-url}: what "the catalogue" is (see {@link CatalogueAddress})
 * @param allowedHosts {@code catalogue.linkcheck.allowed-hosts}: hosts or addresses that may be reached even
 *        though they are (or resolve to) a forbidden range; empty by default (lower case)
 * @param maxConcurrency {@code catalogue.linkcheck.max-concurrency}: requests in flight overall (default 32)
 * @param perHostConcurrency {@code catalogue.linkcheck.per-host-concurrency}: requests in flight per host (default 2)
 * @param perHostDelay {@code catalogue.linkcheck.per-host-delay}: least time between the starts of two
 *        requests to the same host (default PT0.1S)
 * @param connectTimeout {@code catalogue.linkcheck.connect-timeout} (default PT5S)
 * @param readTimeout {@code catalogue.linkcheck.read-timeout}: for the whole answer (default PT10S)
 * @param maxRedirects {@code catalogue.linkcheck.max-redirects} (default 5)
 * @param maxBytes {@code catalogue.linkcheck.max-bytes}: read per page at most (default 2 MB)
 * @param fetchBudget {@code catalogue.linkcheck.fetch-budget}: fetches one check may make (default 40)
 * @param presenceDepth {@code catalogue.linkcheck.presence-depth}: R16 search depth (default 6)
 * @param presenceBudget {@code catalogue.linkcheck.presence-budget}: pages one R16 search may read (default 200)
 * @param userAgent the User-Agent sent, naming the product and where to learn about it:
 *        {@code CatalogueLabelBot/1.0 (+<publicUrl>)}
 */
public record CrawlSettings(URI publicUrl, Set<String> allowedHosts, int maxConcurrency, int perHostConcurrency,
        Duration perHostDelay, Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes,
        int fetchBudget, int presenceDepth, int presenceBudget, String userAgent) {

    public static final String PUBLIC_URL = "catalogue.public-url";
    public static final String ALLOWED_HOSTS = "catalogue.linkcheck.allowed-hosts";
    public static final String MAX_CONCURRENCY = "catalogue.linkcheck.max-concurrency";
    public static final String PER_HOST_CONCURRENCY = "catalogue.linkcheck.per-host-concurrency";
    public static final String PER_HOST_DELAY = "catalogue.linkcheck.per-host-delay";
    public static final String CONNECT_TIMEOUT = "catalogue.linkcheck.connect-timeout";
    public static final String READ_TIMEOUT = "catalogue.linkcheck.read-timeout";
    public static final String MAX_REDIRECTS = "catalogue.linkcheck.max-redirects";
    public static final String MAX_BYTES = "catalogue.linkcheck.max-bytes";
    public static final String FETCH_BUDGET = "catalogue.linkcheck.fetch-budget";
    public static final String PRESENCE_DEPTH = "catalogue.linkcheck.presence-depth";
    public static final String PRESENCE_BUDGET = "catalogue.linkcheck.presence-budget";

    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080/";
    /** 2 MB: far more than any HTML page a visitor would wait for. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** The product token of the User-Agent, followed by the public address to learn about it. */
    public static final String USER_AGENT_PRODUCT = "CatalogueLabelBot/1.0";

    /** Null-checks and copies the host list (unmodifiable, lower case). */
    public CrawlSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Reads the settings from a source of configuration values (MicroProfile Config in the server).
     * A missing or blank value takes its default.
     *
     * @throws IllegalArgumentException naming the setting whose value is not valid
     */
    public static CrawlSettings read(Function<String, Optional<String>> source) {
        Function<String, Optional<String>> values = key -> source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        URI publicUrl = publicUrl(values);
        return new CrawlSettings(
                publicUrl,
                values.apply(ALLOWED_HOSTS).map(CrawlSettings::hosts).orElse(Set.of()),
                integer(values, MAX_CONCURRENCY, 32, 1, 1_000),
                integer(values, PER_HOST_CONCURRENCY, 2, 1, 100),
                duration(values, PER_HOST_DELAY, Duration.ofMillis(100), true, Duration.ofMinutes(1)),
                duration(values, CONNECT_TIMEOUT, Duration.ofSeconds(5), false, Duration.ofMinutes(5)),
                duration(values, READ_TIMEOUT, Duration.ofSeconds(10), false, Duration.ofMinutes(10)),
                integer(values, MAX_REDIRECTS, 5, 0, 20),
                longInteger(values, MAX_BYTES, DEFAULT_MAX_BYTES, 1_024, 100L * 1024 * 1024),
                integer(values, FETCH_BUDGET, 40, 1, 10_000),
                integer(values, PRESENCE_DEPTH, 6, 1, 20),
                integer(values, PRESENCE_BUDGET, 200, 1, 100_000),
                userAgent(publicUrl));
    }

    /** Every setting at its default (no configuration at all). */
    public static CrawlSettings defaults() {
        return read(key -> Optional.empty());
    }

    /** What "the catalogue" is for R15, from {@link #publicUrl()}. */
    public CatalogueAddress catalogue() {
        return CatalogueAddress.of(publicUrl.toString());
    }

    /** The User-Agent for a public address: the product and where to learn about it. */
    static String userAgent(URI publicUrl) {
        return USER_AGENT_PRODUCT + " (+" + publicUrl + ")";
    }

    private static URI publicUrl(Function<String, Optional<String>> values) {
        String raw = values.apply(PUBLIC_URL).orElse(DEFAULT_PUBLIC_URL);
        try {
            return CatalogueAddress.of(raw).publicUrl();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PUBLIC_URL + " must be an absolute http or https address such as "
                    + "https://catalogue.example.fr/: " + raw, e);
        }
    }

    private static Set<String> hosts(String raw) {
        return Arrays.stream(raw.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static int integer(Function<String, Optional<String>> values, String key, int defaultValue, int min, int max) {
        return (int) longInteger(values, key, defaultValue, min, max);
    }

    private static long longInteger(Function<String, Optional<String>> values, String key, long defaultValue, long min, long max) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + raw.get(), e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    private static Duration duration(Function<String, Optional<String>> values, String key, Duration defaultValue,
            boolean zeroAllowed, Duration max) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Duration value;
        try {
            value = Duration.parse(raw.get());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration such as PT5S: " + raw.get(), e);
        }
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new IllegalArgumentException(key + " must be a " + (zeroAllowed ? "positive or zero" : "positive")
                    + " duration: " + raw.get());
        }
        if (value.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + " must be at most " + max + ": " + raw.get());
        }
        return value;
    }
}
