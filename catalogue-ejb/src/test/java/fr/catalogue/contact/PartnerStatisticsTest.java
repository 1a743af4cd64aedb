package fr.catalogue.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R24: the partner's monthly statistics, last twelve months, newest first, in French. */
class PartnerStatisticsTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void theSeriesIsTheLastTwelveMonthsNewestFirstAcrossTheYear() {
        List<YearMonth> months = MonthSeries.lastMonths(YearMonth.of(2026, 2), 12);
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 2), months.get(0));
        assertEquals(YearMonth.of(2025, 3), months.get(11));
        assertEquals("février 2026", MonthSeries.label(months.get(0)));
        assertEquals("décembre 2025", MonthSeries.label(months.get(2)));
        assertEquals("août 2025", MonthSeries.label(YearMonth.of(2025, 8)));
        assertThrows(IllegalArgumentException.class, () -> MonthSeries.lastMonths(NOV, 0));
    }

    @Test
    void countsAreAddedPerMonthWithZerosForEmptyMonthsAndPerOffer() {
        List<YearMonth> series = MonthSeries.lastMonths(NOV, 12);
        PartnerStatistics stats = PartnerStatistics.of(series, List.of(
                new PartnerStatistics.ViewCount(NOV, 1L, "Box fibre", 7),
                new PartnerStatistics.ViewCount(NOV, 2L, "Forfait mobile", 3),
                new PartnerStatistics.ViewCount(NOV, null, null, 4),
                new PartnerStatistics.ViewCount(NOV.minusMonths(2), 1L, "Box fibre", 1),
                new PartnerStatistics.ViewCount(NOV.minusMonths(12), 1L, "Box fibre", 99)),
                List.of(NOV, NOV, NOV.minusMonths(1), NOV.minusMonths(20)));
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
        assertFalse(stats.empty());
    }

    @Test
    void nothingCountedIsTheEmptyState() {
        PartnerStatistics stats = PartnerStatistics.of(MonthSeries.lastMonths(NOV, 12), List.of(), List.of());
        assertTrue(stats.empty());
        assertTrue(stats.offers().isEmpty());
        assertEquals(12, stats.months().size());
    }
}
