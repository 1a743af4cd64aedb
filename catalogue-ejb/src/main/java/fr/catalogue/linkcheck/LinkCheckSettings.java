package fr.catalogue.linkcheck;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * When the application checks links by itself and how it judges the results, read from the
 * configuration (docs/operations.md, "Two-click checker"); how it crawls is {@link CrawlSettings}.
 *
 * @param daily {@code catalogue.linkcheck.daily}: whether every published link is checked every day (default true)
 * @param dailyAt {@code catalogue.linkcheck.daily-at}: at what time, in France (Europe/Paris), HH:mm (default 03:30)
 * @param confirmAfter {@code catalogue.linkcheck.confirm-after}: the least time between two NON_CONFORM checks
 *        of a link for it to become a confirmed non-conformity (R15, default PT24H; see {@link LinkStanding})
 */
public record LinkCheckSettings(boolean daily, LocalTime dailyAt, Duration confirmAfter) {

    public static final String DAILY = "catalogue.linkcheck.daily";
    public static final String DAILY_AT = "catalogue.linkcheck.daily-at";
    public static final String CONFIRM_AFTER = "catalogue.linkcheck.confirm-after";
    /** The time zone of {@link #dailyAt()}: the operation is French. */
    public static final String TIME_ZONE = "Europe/Paris";

    /**
     * Reads the settings from a source of configuration values (MicroProfile Config in the server).
     *
     * @throws IllegalArgumentException naming the setting whose value is not valid
     */
    public static LinkCheckSettings read(Function<String, Optional<String>> source) {
        Function<String, Optional<String>> values = key -> source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new LinkCheckSettings(bool(values, DAILY, true), time(values, DAILY_AT, LocalTime.of(3, 30)),
                duration(values, CONFIRM_AFTER, Duration.ofHours(24)));
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

    private static LocalTime time(Function<String, Optional<String>> values, String key, LocalTime defaultValue) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return LocalTime.parse(raw.get()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not a time of day such as 03:30: " + raw.get(), e);
        }
    }

    private static Duration duration(Function<String, Optional<String>> values, String key, Duration defaultValue) {
        Optional<String> raw = values.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            Duration value = Duration.parse(raw.get());
            if (value.isNegative()) {
                throw new IllegalArgumentException(key + " must not be negative: " + raw.get());
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration such as PT24H: " + raw.get(), e);
        }
    }
}
