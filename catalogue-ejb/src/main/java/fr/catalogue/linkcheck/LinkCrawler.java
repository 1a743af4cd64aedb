package fr.catalogue.linkcheck;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/**
 * The two-click checker (R15) and the R16 presence search: {@code java.net.http.HttpClient} to
 * fetch, jsoup to read HTML. One instance per application (it owns the HTTP client and its
 * threads); each batch of checks is a {@link Run} so a page shared by many offers is fetched once.
 * Polite (bounded concurrency overall and per host, per-host delay, robots.txt, a User-Agent naming
 * the product) and safe ({@link AddressSafety} before every request, redirects included).
 */
public final class LinkCrawler implements AutoCloseable {

    public LinkCrawler(CrawlSettings settings, Clock clock) {
        throw new UnsupportedOperationException("contract");
    }

    /**
     * Refuses an address before anything is fetched: malformed, not http(s), or unsafe.
     *
     * @throws UnsafeAddressException saying why
     */
    public void vet(String url) {
        throw new UnsupportedOperationException("contract");
    }

    /** A new run: pages (and robots.txt files) are fetched at most once per run. */
    public Run newRun() {
        throw new UnsupportedOperationException("contract");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("contract");
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
}
