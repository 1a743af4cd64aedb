package fr.catalogue.campaign;

import java.util.Optional;
import java.util.function.Function;

/**
 * How review campaigns run, read from the configuration (docs/operations.md, "Review campaigns").
 *
 * @param months {@code catalogue.campaign.months}: the cadence, a divisor of 12 (default 2, R17)
 * @param profileMaxAgeMonths {@code catalogue.campaign.profile-max-age-months}: a partner profile not updated for
 *        longer is a finding (R8, default 12)
 * @param automatic {@code catalogue.campaign.automatic}: whether the timer opens the period's campaign by itself
 *        (default true; reviewers may always open one)
 */
public record CampaignSettings(int months, int profileMaxAgeMonths, boolean automatic) {

    public static final String MONTHS = "catalogue.campaign.months";
    public static final String PROFILE_MAX_AGE = "catalogue.campaign.profile-max-age-months";
    public static final String AUTOMATIC = "catalogue.campaign.automatic";
    /** Periods and the timer follow the French calendar. */
    public static final String TIME_ZONE = "Europe/Paris";

    public CampaignSettings {
        if (!CampaignPeriod.isCadence(months)) {
            throw new IllegalArgumentException(MONTHS + " must divide the year (1, 2, 3, 4, 6 or 12): " + months);
        }
        if (profileMaxAgeMonths < 1) {
            throw new IllegalArgumentException(PROFILE_MAX_AGE + " must be at least 1: " + profileMaxAgeMonths);
        }
    }

    /**
     * Reads the settings from a source of configuration values (MicroProfile Config in the server).
     *
     * @throws IllegalArgumentException naming the setting whose value is not valid
     */
    public static CampaignSettings read(Function<String, Optional<String>> source) {
        Function<String, Optional<String>> values = key -> source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new CampaignSettings(integer(values, MONTHS, 2), integer(values, PROFILE_MAX_AGE, 12),
                bool(values, AUTOMATIC, true));
    }

    private static int integer(Function<String, Optional<String>> values, String key, int defaultValue) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + raw.get(), e);
        }
    }

    private static boolean bool(Function<String, Optional<String>> values, String key, boolean defaultValue) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        if (raw.get().equalsIgnoreCase("true") || raw.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw.get());
        }
        throw new IllegalArgumentException(key + " must be true or false: " + raw.get());
    }
}
