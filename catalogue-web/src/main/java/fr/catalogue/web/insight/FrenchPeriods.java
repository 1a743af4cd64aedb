package fr.catalogue.web.insight;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Months and two-month review periods as French readers write them: "nov. 2026",
 * "novembre-décembre 2026", "décembre 2026-janvier 2027" (R17: a campaign's period is named by its
 * first month, e.g. {@code 2026-11}).
 */
public final class FrenchPeriods {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.FRANCE);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FrenchPeriods() {
    }

    public static String month(YearMonth month) {
        return month.format(SHORT_MONTH);
    }

    /** The two months of a campaign's period; an unreadable period is shown as it is stored. */
    public static String campaign(String period) {
        YearMonth first;
        try {
            first = YearMonth.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            return period;
        }
        YearMonth second = first.plusMonths(1);
        return first.getYear() == second.getYear()
                ? first.format(MONTH) + "-" + second.format(MONTH_YEAR)
                : first.format(MONTH_YEAR) + "-" + second.format(MONTH_YEAR);
    }
}
