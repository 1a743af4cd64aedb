package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlSettingsTest {

    private static CrawlSettings read(Map<String, String> values) {
        return CrawlSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void everythingHasADefaultFitForProduction() {
        CrawlSettings settings = read(Map.of());
        assertEquals(URI.create("http://localhost:8080/"), settings.publicUrl());
        assertEquals(Set.of(), settings.allowedHosts());
        assertEquals(32, settings.maxConcurrency());
        assertEquals(2, settings.perHostConcurrency());
        assertEquals(Duration.ofMillis(100), settings.perHostDelay());
        assertEquals(Duration.ofSeconds(5), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(10), settings.readTimeout());
        assertEquals(5, settings.maxRedirects());
        assertEquals(2L * 1024 * 1024, settings.maxBytes());
        assertEquals(40, settings.fetchBudget());
        assertEquals(6, settings.presenceDepth());
        assertEquals(200, settings.presenceBudget());
        assertEquals("CatalogueLabelBot/1.0 (+http://localhost:8080/)", settings.userAgent());
        assertEquals(settings, CrawlSettings.defaults());
    }

    @Test
    void blankValuesTakeTheirDefault() {
        Map<String, String> blanks = new HashMap<>();
        for (String key : new String[] {CrawlSettings.PUBLIC_URL, CrawlSettings.ALLOWED_HOSTS, CrawlSettings.MAX_CONCURRENCY,
            CrawlSettings.PER_HOST_CONCURRENCY, CrawlSettings.PER_HOST_DELAY, CrawlSettings.CONNECT_TIMEOUT,
            CrawlSettings.READ_TIMEOUT, CrawlSettings.MAX_REDIRECTS, CrawlSettings.MAX_BYTES, CrawlSettings.FETCH_BUDGET,
            CrawlSettings.PRESENCE_DEPTH, CrawlSettings.PRESENCE_BUDGET}) {
            blanks.put(key, "  ");
        }
        assertEquals(CrawlSettings.defaults(), read(blanks));
    }

    @Test
    void readsEverySetting() {
        CrawlSettings settings = read(Map.ofEntries(
                Map.entry(CrawlSettings.PUBLIC_URL, " https://catalogue.gouv.fr/ "),
                Map.entry(CrawlSettings.ALLOWED_HOSTS, " LocalHost , 127.0.0.1,,[::1] "),
                Map.entry(CrawlSettings.MAX_CONCURRENCY, "64"),
                Map.entry(CrawlSettings.PER_HOST_CONCURRENCY, "4"),
                Map.entry(CrawlSettings.PER_HOST_DELAY, "PT0S"),
                Map.entry(CrawlSettings.CONNECT_TIMEOUT, "PT2S"),
                Map.entry(CrawlSettings.READ_TIMEOUT, "PT30S"),
                Map.entry(CrawlSettings.MAX_REDIRECTS, "0"),
                Map.entry(CrawlSettings.MAX_BYTES, "1048576"),
                Map.entry(CrawlSettings.FETCH_BUDGET, "100"),
                Map.entry(CrawlSettings.PRESENCE_DEPTH, "3"),
                Map.entry(CrawlSettings.PRESENCE_BUDGET, "50")));
        assertEquals(URI.create("https://catalogue.gouv.fr/"), settings.publicUrl());
        assertEquals(Set.of("localhost", "127.0.0.1", "[::1]"), settings.allowedHosts());
        assertEquals(64, settings.maxConcurrency());
        assertEquals(4, settings.perHostConcurrency());
        assertEquals(Duration.ZERO, settings.perHostDelay());
        assertEquals(Duration.ofSeconds(2), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(30), settings.readTimeout());
        assertEquals(0, settings.maxRedirects());
        assertEquals(1_048_576L, settings.maxBytes());
        assertEquals(100, settings.fetchBudget());
        assertEquals(3, settings.presenceDepth());
        assertEquals(50, settings.presenceBudget());
        assertEquals("CatalogueLabelBot/1.0 (+https://catalogue.gouv.fr/)", settings.userAgent());
        assertTrue(settings.catalogue().contains(URI.create("http://catalogue.gouv.fr/offres/1")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "catalogue.public-url | catalogue.gouv.fr",
        "catalogue.public-url | ftp://catalogue.gouv.fr/",
        "catalogue.public-url | https://",
        "catalogue.public-url | https://user@catalogue.gouv.fr/",
        "catalogue.linkcheck.max-concurrency | 0",
        "catalogue.linkcheck.max-concurrency | 1001",
        "catalogue.linkcheck.max-concurrency | trente-deux",
        "catalogue.linkcheck.per-host-concurrency | 0",
        "catalogue.linkcheck.per-host-concurrency | 2.5",
        "catalogue.linkcheck.per-host-delay | -PT1S",
        "catalogue.linkcheck.per-host-delay | PT2M",
        "catalogue.linkcheck.per-host-delay | 100ms",
        "catalogue.linkcheck.connect-timeout | PT0S",
        "catalogue.linkcheck.connect-timeout | 5",
        "catalogue.linkcheck.read-timeout | PT0S",
        "catalogue.linkcheck.read-timeout | PT11M",
        "catalogue.linkcheck.max-redirects | -1",
        "catalogue.linkcheck.max-redirects | 21",
        "catalogue.linkcheck.max-bytes | 1023",
        "catalogue.linkcheck.max-bytes | 2MB",
        "catalogue.linkcheck.max-bytes | 99999999999999999999",
        "catalogue.linkcheck.fetch-budget | 0",
        "catalogue.linkcheck.presence-depth | 0",
        "catalogue.linkcheck.presence-depth | 21",
        "catalogue.linkcheck.presence-budget | 0"})
    void namesTheSettingAndTheValueThatAreWrong(String key, String value) {
        var refusal = assertThrows(IllegalArgumentException.class, () -> read(Map.of(key, value)));
        assertTrue(refusal.getMessage().startsWith(key + " "), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith(": " + value), refusal.getMessage());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        CrawlSettings settings = read(Map.of(CrawlSettings.MAX_CONCURRENCY, "1000", CrawlSettings.PER_HOST_CONCURRENCY, "1",
                CrawlSettings.MAX_REDIRECTS, "20", CrawlSettings.MAX_BYTES, "1024",
                CrawlSettings.READ_TIMEOUT, "PT10M", CrawlSettings.PRESENCE_DEPTH, "1"));
        assertEquals(1000, settings.maxConcurrency());
        assertEquals(1, settings.perHostConcurrency());
        assertEquals(20, settings.maxRedirects());
        assertEquals(1024, settings.maxBytes());
        assertEquals(Duration.ofMinutes(10), settings.readTimeout());
        assertEquals(1, settings.presenceDepth());
    }

    @Test
    void theHostListIsNormalisedAndUnmodifiableWhateverBuildsIt() {
        var settings = new CrawlSettings(URI.create("http://localhost:8080/"), Set.of(" LOCALHOST ", ""), 1, 1,
                Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), 5, 1024, 10, 6, 10, "test");
        assertEquals(Set.of("localhost"), settings.allowedHosts());
        assertThrows(UnsupportedOperationException.class, () -> settings.allowedHosts().add("evil.com"));
    }
}
