package fr.catalogue.insight;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events counted per calendar month over a window of consecutive months ending with the current
 * one, months without events included with 0 (a chart over time must not skip the quiet months).
 * Months are those of the French calendar (Europe/Paris), as the reviewers read them.
 */
public final class MonthSeries {

    /** The zone the months are read in. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private MonthSeries() {
    }

    /** The first instant of the window of {@code months} months ending with the month of {@code now}. */
    public static Instant windowStart(Instant now, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months: " + months);
        }
        return YearMonth.from(now.atZone(PARIS)).minusMonths(months - 1L).atDay(1).atStartOfDay(PARIS).toInstant();
    }

    /**
     * One count per month of the window, oldest first; events outside the window are ignored.
     */
    public static List<MonthCount> of(Collection<Instant> events, Instant now, int months) {
        windowStart(now, months); // refuses an empty window
        YearMonth last = YearMonth.from(now.atZone(PARIS));
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, Long> counts = new HashMap<>();
        for (Instant event : events) {
            YearMonth month = YearMonth.from(event.atZone(PARIS));
            if (!month.isBefore(first) && !month.isAfter(last)) {
                counts.merge(month, 1L, Long::sum);
            }
        }
        List<MonthCount> series = new ArrayList<>(months);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            series.add(new MonthCount(month, counts.getOrDefault(month, 0L)));
        }
        return series;
    }
}
