package fr.catalogue.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French readers write them: "1er octobre 2026", "23 novembre 2026". */
public final class FrenchDates {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FrenchDates() {
    }

    public static String format(LocalDate date) {
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : Integer.toString(day)) + " " + date.format(MONTH_YEAR);
    }
}
