package fr.catalogue.campaign;

import fr.catalogue.common.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The period a review campaign covers (R17: every two months): the year is cut into periods of
 * {@code months} months starting in January (with 2: January–February, March–April…), and a
 * period is named by its first month, e.g. {@code 2026-11} for November–December 2026. The name is
 * the campaign's unique key, so one period never gets two campaigns.
 *
 * @param first the first month of the period
 * @param months its length in months, a divisor of 12
 */
public record CampaignPeriod(YearMonth first, int months) {

    public CampaignPeriod {
        Objects.requireNonNull(first);
        checkCadence(months);
        if ((first.getMonthValue() - 1) % months != 0) {
            throw new IllegalArgumentException(first + " does not start a period of " + months + " months");
        }
    }

    /** The period {@code date} falls in, for a cadence of {@code months} months. */
    public static CampaignPeriod of(LocalDate date, int months) {
        checkCadence(months);
        int month = date.getMonthValue();
        int firstMonth = (month - 1) / months * months + 1;
        return new CampaignPeriod(YearMonth.of(date.getYear(), firstMonth), months);
    }

    /**
     * Reads a period's code such as {@code 2026-11}.
     *
     * @throws InvalidInputException when it is not a month starting a period
     */
    public static CampaignPeriod parse(String code, int months) {
        try {
            return new CampaignPeriod(YearMonth.parse(code == null ? "" : code.strip()), months);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException("period", "« " + code + " » n'est pas le début d'une période de campagne.");
        }
    }

    /** Whether {@code months} is a cadence the year divides into (1, 2, 3, 4, 6 or 12). */
    public static boolean isCadence(int months) {
        return months >= 1 && months <= 12 && 12 % months == 0;
    }

    private static void checkCadence(int months) {
        if (!isCadence(months)) {
            throw new IllegalArgumentException("A campaign cadence divides the year: 1, 2, 3, 4, 6 or 12 months, not "
                    + months);
        }
    }

    /** The code stored as the campaign's period, e.g. {@code 2026-11}. */
    public String code() {
        return first.toString();
    }

    /** The first day of the period. */
    public LocalDate start() {
        return first.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return first.plusMonths(months).atDay(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(end());
    }

    public CampaignPeriod next() {
        return new CampaignPeriod(first.plusMonths(months), months);
    }

    /** The period in French, e.g. « novembre – décembre 2026 ». */
    public String label() {
        YearMonth last = first.plusMonths(months - 1L);
        String from = MONTHS[first.getMonthValue() - 1];
        String to = MONTHS[last.getMonthValue() - 1];
        if (months == 1) {
            return from + " " + first.getYear();
        }
        return first.getYear() == last.getYear() ? from + " – " + to + " " + last.getYear()
                : from + " " + first.getYear() + " – " + to + " " + last.getYear();
    }

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
}
