package fr.catalogue.web.insight;

import fr.catalogue.campaign.CampaignPeriod;
import fr.catalogue.common.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Months and review periods as French readers write them: "nov. 2026", "novembre – décembre 2026"
 * (R17: a campaign's period is stored as its first month, e.g. {@code 2026-11}).
 */
public final class FrenchPeriods {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.FRANCE);

    private FrenchPeriods() {
    }

    public static String month(YearMonth month) {
        return month.format(SHORT_MONTH);
    }

    /**
     * A campaign's period in French as the campaign pages name it ({@link CampaignPeriod#label()}),
     * at the cadence in force; a period that does not start one at this cadence (the cadence
     * changed since) is shown as it is stored.
     */
    public static String campaign(String period, int months) {
        try {
            return CampaignPeriod.parse(period, months).label();
        } catch (InvalidInputException e) {
            return period;
        }
    }
}
