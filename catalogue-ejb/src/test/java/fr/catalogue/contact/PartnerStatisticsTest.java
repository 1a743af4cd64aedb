package fr.catalogue.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.insight.MonthSeries;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R24: the partner's monthly statistics, last twelve months, newest first, in French. */
class PartnerStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void theMonthsAreTheLastTwelveNewestFirstAcrossTheYearInFrench() {
        PartnerStatistics stats = PartnerStatistics.of(MonthSeries.of(List.of(), Instant.parse("2026-02-10T10:00:00Z"), 12),
                List.of());
        assertEquals(12, stats.months().size());
        assertEquals(YearMonth.of(2026, 2), stats.months().get(0).month());
        assertEquals(YearMonth.of(2025, 3), stats.months().get(11).month());
        assertEquals("février 2026", stats.months().get(0).label());
        assertEquals("décembre 2025", stats.months().get(2).label());
        assertEquals("août 2025", PartnerStatistics.label(YearMonth.of(2025, 8)));
    }

    @Test
    void countsAreAddedPerMonthWithZerosForEmptyMonthsAndPerOffer() {
        List<Instant> contacts = List.of(NOW, NOW.minusSeconds(3600), Instant.parse("2026-10-05T10:00:00Z"),
                Instant.parse("2025-01-05T10:00:00Z"));
        PartnerStatistics stats = PartnerStatistics.of(MonthSeries.of(contacts, NOW, 12), List.of(
                new PartnerStatistics.ViewCount(NOV, 1L, "Box fibre", 7),
                new PartnerStatistics.ViewCount(NOV, 2L, "Forfait mobile", 3),
                new PartnerStatistics.ViewCount(NOV, null, null, 4),
                new PartnerStatistics.ViewCount(NOV.minusMonths(2), 1L, "Box fibre", 1),
                new PartnerStatistics.ViewCount(NOV.minusMonths(12), 1L, "Box fibre", 99)));
        assertEquals(12, stats.months().size());
        MonthStatistics november = stats.months().get(0);
        assertEquals("novembre 2026", november.label());
        assertEquals(10, november.offerViews());
        assertEquals(4, november.pageViews());
        assertEquals(2, november.contacts());
        MonthStatistics october = stats.months().get(1);
        assertEquals(0, october.offerViews());
        assertEquals(1, october.contacts());
        assertEquals(1, stats.months().get(2).offerViews());
        assertEquals(List.of("Box fibre", "Forfait mobile", "Box fibre"),
                stats.offers().stream().map(OfferViews::title).toList(), "newest month first, most viewed first");
        assertFalse(stats.nothingCounted());
    }

    @Test
    void nothingCountedIsTheEmptyState() {
        PartnerStatistics stats = PartnerStatistics.of(MonthSeries.of(List.of(), NOW, 12), List.of());
        assertTrue(stats.nothingCounted());
        assertTrue(stats.offers().isEmpty());
        assertEquals(12, stats.months().size());
    }
}
