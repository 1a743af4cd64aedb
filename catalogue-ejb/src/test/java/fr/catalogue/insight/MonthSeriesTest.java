package fr.catalogue.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthSeriesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");

    @Test
    void quietMonthsAreFilledWithZero() {
        List<MonthCount> series = MonthSeries.of(List.of(
                Instant.parse("2026-09-10T10:00:00Z"), Instant.parse("2026-09-11T10:00:00Z"),
                Instant.parse("2026-11-01T10:00:00Z")), NOW, 4);
        assertEquals(List.of(
                new MonthCount(YearMonth.of(2026, 8), 0),
                new MonthCount(YearMonth.of(2026, 9), 2),
                new MonthCount(YearMonth.of(2026, 10), 0),
                new MonthCount(YearMonth.of(2026, 11), 1)), series);
    }

    @Test
    void monthsAreFrenchOnes() {
        // 31 October 23:30 UTC is already 1 November in Paris
        List<MonthCount> series = MonthSeries.of(List.of(Instant.parse("2026-10-31T23:30:00Z")), NOW, 2);
        assertEquals(0, series.get(0).count());
        assertEquals(1, series.get(1).count());
    }

    @Test
    void theWindowCrossesTheYearAndIgnoresOlderEvents() {
        List<MonthCount> series = MonthSeries.of(List.of(Instant.parse("2025-11-15T10:00:00Z"),
                Instant.parse("2025-12-15T10:00:00Z")), Instant.parse("2026-02-10T10:00:00Z"), 3);
        assertEquals(List.of(
                new MonthCount(YearMonth.of(2025, 12), 1),
                new MonthCount(YearMonth.of(2026, 1), 0),
                new MonthCount(YearMonth.of(2026, 2), 0)), series);
    }

    @Test
    void theWindowStartsAtMidnightInParisOnTheFirstDay() {
        assertEquals(Instant.parse("2025-11-30T23:00:00Z"), MonthSeries.windowStart(NOW, 12));
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), MonthSeries.windowStart(NOW, 1));
    }

    @Test
    void nothingHappenedStillGivesEveryMonth() {
        List<MonthCount> series = MonthSeries.of(List.of(), NOW, 12);
        assertEquals(12, series.size());
        assertEquals(0, series.stream().mapToLong(MonthCount::count).sum());
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> MonthSeries.of(List.of(), NOW, 0));
    }
}
