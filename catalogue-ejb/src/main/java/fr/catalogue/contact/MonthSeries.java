package fr.catalogue.contact;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The months the statistics show (R24): the last {@code n} months up to the current one, newest first, in French. */
public final class MonthSeries {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private MonthSeries() {
    }

    /** {@code count} months ending with {@code current}, newest first. */
    public static List<YearMonth> lastMonths(YearMonth current, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one month");
        }
        List<YearMonth> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    /** "novembre 2026" — as French writes it, in lower case. */
    public static String label(YearMonth month) {
        return month.format(FRENCH);
    }
}
