package fr.catalogue.specification;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units the engine converts. Each belongs to a dimension and has an exact factor to the
 * dimension's smallest unit, so that comparisons never round. Sizes use factor 1000 (a « Go » is
 * 1000 « Mo »), as the sellers do. Months and years stay apart from hours and days: a month has no
 * fixed length in hours. Case is ignored, as people type it: "MB" is a megabyte, and "MB/s" is read
 * as "Mbit/s", the way offers state bandwidth.
 */
enum KnownUnit {
    KILOBYTE(Dimension.DATA_SIZE, "1000", "ko", "ko", "ko", "kb", "kilooctet", "kilooctets"),
    MEGABYTE(Dimension.DATA_SIZE, "1000000", "Mo", "Mo", "mo", "mb", "mégaoctet", "mégaoctets", "megaoctet", "megaoctets"),
    GIGABYTE(Dimension.DATA_SIZE, "1000000000", "Go", "Go", "go", "gb", "gigaoctet", "gigaoctets"),
    TERABYTE(Dimension.DATA_SIZE, "1000000000000", "To", "To", "to", "tb", "téraoctet", "téraoctets", "teraoctet",
            "teraoctets"),

    KILOBIT_PER_SECOND(Dimension.BIT_RATE, "1000", "kbit/s", "kbit/s", "kbit/s", "kbits/s", "kb/s", "kbps", "kbit"),
    MEGABIT_PER_SECOND(Dimension.BIT_RATE, "1000000", "Mbit/s", "Mbit/s", "mbit/s", "mbits/s", "mb/s", "mbps", "mbit"),
    GIGABIT_PER_SECOND(Dimension.BIT_RATE, "1000000000", "Gbit/s", "Gbit/s", "gbit/s", "gbits/s", "gb/s", "gbps", "gbit"),

    HERTZ(Dimension.FREQUENCY, "1", "Hz", "Hz", "hz"),
    KILOHERTZ(Dimension.FREQUENCY, "1000", "kHz", "kHz", "khz"),
    MEGAHERTZ(Dimension.FREQUENCY, "1000000", "MHz", "MHz", "mhz"),
    GIGAHERTZ(Dimension.FREQUENCY, "1000000000", "GHz", "GHz", "ghz"),

    SECOND(Dimension.CLOCK_TIME, "1", "s", "s", "s", "sec", "seconde", "secondes"),
    MINUTE(Dimension.CLOCK_TIME, "60", "min", "min", "min", "mn", "minute", "minutes"),
    HOUR(Dimension.CLOCK_TIME, "3600", "h", "h", "h", "heure", "heures"),
    DAY(Dimension.CLOCK_TIME, "86400", "jour", "jours", "j", "jour", "jours"),

    MONTH(Dimension.CALENDAR_TIME, "1", "mois", "mois", "mois"),
    YEAR(Dimension.CALENDAR_TIME, "12", "an", "ans", "an", "ans", "année", "années", "annee", "annees"),

    INCH(Dimension.LENGTH, "1", "pouce", "pouces", "pouce", "pouces", "po", "\"", "″", "in");

    /** What can be compared with what. */
    enum Dimension {
        DATA_SIZE,
        BIT_RATE,
        FREQUENCY,
        CLOCK_TIME,
        CALENDAR_TIME,
        LENGTH
    }

    private static final Map<String, KnownUnit> BY_ALIAS = new HashMap<>();

    static {
        for (KnownUnit unit : values()) {
            for (String alias : unit.aliases) {
                KnownUnit previous = BY_ALIAS.put(alias, unit);
                if (previous != null) {
                    throw new IllegalStateException("Unit alias " + alias + " given to " + previous + " and " + unit);
                }
            }
        }
    }

    private final Dimension dimension;
    private final BigDecimal factor;
    private final String singular;
    private final String plural;
    private final String[] aliases;

    KnownUnit(Dimension dimension, String factor, String singular, String plural, String... aliases) {
        this.dimension = dimension;
        this.factor = new BigDecimal(factor);
        this.singular = singular;
        this.plural = plural;
        this.aliases = aliases;
    }

    /** The known unit a text names, whatever its case and spacing ("Mbit / s", "GB", "années"). */
    static Optional<KnownUnit> find(String text) {
        return Optional.ofNullable(BY_ALIAS.get(lookupKey(text)));
    }

    /** The form under which two unit texts are the same unit: case and spaces ignored. */
    static String lookupKey(String text) {
        return Texts.normalizeSpaces(text).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    Dimension dimension() {
        return dimension;
    }

    /** How many of the dimension's smallest unit make one of this unit. */
    BigDecimal factor() {
        return factor;
    }

    /** The canonical symbol, which also names the unit in stored values. */
    String symbol() {
        return singular;
    }

    /** The symbol to write after a number: "1 an", "2 ans"; most symbols never change. */
    String symbolFor(BigDecimal value) {
        return Texts.plural(value) ? plural : singular;
    }

    /** The symbol to write after "en" ("en Go", "en ans", "en pouces"). */
    String pluralSymbol() {
        return plural;
    }
}
