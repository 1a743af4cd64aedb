package fr.catalogue.linkcheck;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * @param userAgent the User-Agent sent, naming the product and where to learn about it
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

    /**
     * Reads the settings from a source of configuration values (MicroProfile Config in the server).
     *
     * @throws IllegalArgumentException naming the setting whose value is not valid
     */
    public static CrawlSettings read(Function<String, Optional<String>> source) {
        throw new UnsupportedOperationException("contract: implemented by the crawler work");
    }
}
