package fr.catalogue.specification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as a partner declares it for a criterion ("8 Go", "2,5 GHz", "24 mois").
 *
 * <p>Units the engine knows are converted within their dimension: data sizes (ko, Mo, Go, To, also
 * written KB, MB, GB, TB; factor 1000), bit rates (kbit/s, Mbit/s, Gbit/s, also Mb/s, Mbps), frequencies
 * (Hz, kHz, MHz, GHz), clock time (s, min, h, jours), calendar time (mois, ans = 12 mois) and screen
 * sizes (pouces, po, "). Any other unit is only comparable with the same text, case and spaces
 * ignored. A known unit is stored under its canonical symbol ("gb" becomes "Go"); the number is
 * stored without trailing zeros, so {@code 8.0 Go} equals {@code 8 Go}. Two quantities in different
 * units are never {@code equals}: use {@link #compareWith(Quantity)}.
 *
 * @param value the number, never null
 * @param unit the unit, or null for a bare number
 */
public record Quantity(BigDecimal value, String unit) {

    /** The longest unit accepted (the size of the stored column). */
    public static final int MAX_UNIT_LENGTH = 20;

    /** Longer texts are not a value someone typed, and are refused before any work on them. */
    private static final int MAX_TYPED_LENGTH = 100;

    /**
     * A number as people type it: an optional minus, digits possibly grouped by three with spaces
     * ("2 400"), a comma or a dot before the decimals, then the unit, with or without a space.
     */
    private static final Pattern TYPED = Pattern.compile(
            "([-\\u2212]?)(\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,](\\d+))?(?: ?)(.*)", Pattern.DOTALL);

    /** Letters and the usual symbols of units; no digit, so "8 Go 16" or "8-16 Go" are refused. */
    private static final Pattern UNIT = Pattern.compile("[\\p{L}%\"″'°µ²³€/][\\p{L}%\"″'°µ²³€/. -]*");

    public Quantity {
        if (value == null) {
            throw new IllegalArgumentException("A quantity needs a number");
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        unit = canonicalUnit(unit);
    }

    /**
     * Reads a value typed by a person: "8", "8 Go", "8Go", "2,5", "2.5", " 2 400 " (groups separated
     * by spaces, no-break spaces or narrow no-break spaces), "1,5 To".
     *
     * @throws IllegalArgumentException for anything else ("beaucoup", "8 à 16 Go", "1,2,3", "", over 100 characters)
     */
    public static Quantity parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No quantity given");
        }
        String normalized = Texts.normalizeSpaces(text);
        if (normalized.isEmpty() || normalized.length() > MAX_TYPED_LENGTH) {
            throw new IllegalArgumentException("Not a number: \"" + text + "\"");
        }
        Matcher matcher = TYPED.matcher(normalized);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a number: \"" + text + "\"");
        }
        String digits = matcher.group(2).replace(" ", "");
        String decimals = matcher.group(3);
        BigDecimal number = new BigDecimal(decimals == null ? digits : digits + "." + decimals);
        if (!matcher.group(1).isEmpty()) {
            number = number.negate();
        }
        String rest = matcher.group(4);
        if (!rest.isEmpty() && !UNIT.matcher(rest).matches()) {
            throw new IllegalArgumentException("Not a number with a unit: \"" + text + "\"");
        }
        return new Quantity(number, rest.isEmpty() ? null : rest);
    }

    /** Whether a text can name a unit: letters and unit symbols, no digit, at most {@value #MAX_UNIT_LENGTH} characters. */
    public static boolean isValidUnit(String unit) {
        if (unit == null) {
            return false;
        }
        String normalized = Texts.normalizeSpaces(unit);
        return !normalized.isEmpty() && normalized.length() <= MAX_UNIT_LENGTH && UNIT.matcher(normalized).matches();
    }

    public boolean hasUnit() {
        return unit != null;
    }

    /** This quantity, or the same number in the given unit when it has none (a bare "8" for a criterion in Go). */
    public Quantity withUnitIfNone(String defaultUnit) {
        return unit != null || defaultUnit == null ? this : new Quantity(value, defaultUnit);
    }

    /**
     * Whether the two can be compared: both bare numbers, two known units of the same dimension,
     * or the same unknown unit.
     */
    public boolean isComparableTo(Quantity other) {
        Objects.requireNonNull(other, "other");
        if (unit == null || other.unit == null) {
            return unit == null && other.unit == null;
        }
        Optional<KnownUnit> mine = KnownUnit.find(unit);
        Optional<KnownUnit> theirs = KnownUnit.find(other.unit);
        if (mine.isPresent() && theirs.isPresent()) {
            return mine.get().dimension() == theirs.get().dimension();
        }
        return mine.isEmpty() && theirs.isEmpty() && KnownUnit.lookupKey(unit).equals(KnownUnit.lookupKey(other.unit));
    }

    /**
     * Compares exactly, converting known units ("1 To" is more than "500 Go").
     *
     * @return negative, zero or positive as this quantity is less than, equal to or more than the other
     * @throws IllegalArgumentException when the units cannot be compared ({@link #isComparableTo(Quantity)})
     */
    public int compareWith(Quantity other) {
        if (!isComparableTo(other)) {
            throw new IllegalArgumentException("Cannot compare " + this + " with " + other);
        }
        return inSmallestUnit().compareTo(other.inSmallestUnit());
    }

    /**
     * The same quantity in another unit of the same dimension ("1,5 To" in Go is "1 500 Go"), rounded to
     * 16 significant digits where the division does not end ("1 min" in h).
     *
     * @return empty when the units cannot be compared
     */
    public Optional<Quantity> to(String targetUnit) {
        Quantity target = new Quantity(BigDecimal.ONE, targetUnit);
        if (!isComparableTo(target)) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(inSmallestUnit().divide(target.inSmallestUnit(), MathContext.DECIMAL64),
                target.unit));
    }

    /** How the unit is written after this number: canonical symbol, plural where French wants it. */
    String unitText() {
        return unit == null ? "" : unitText(unit, value);
    }

    /** The quantity written the French way: "1,5 To", "2 400 Go", "2 ans", "8". */
    @Override
    public String toString() {
        return unit == null ? Texts.number(value) : Texts.number(value) + " " + unitText();
    }

    /** A unit written after a number: "Go", "an" or "ans", or an unknown unit as given. */
    static String unitText(String unit, BigDecimal value) {
        return KnownUnit.find(unit).map(known -> known.symbolFor(value)).orElse(Texts.normalizeSpaces(unit));
    }

    /** A unit written after "en": "en Go", "en ans", "en pouces". */
    static String unitTextAfterEn(String unit) {
        return KnownUnit.find(unit).map(KnownUnit::pluralSymbol).orElse(Texts.normalizeSpaces(unit));
    }

    private BigDecimal inSmallestUnit() {
        return unit == null ? value : KnownUnit.find(unit).map(known -> value.multiply(known.factor())).orElse(value);
    }

    private static String canonicalUnit(String unit) {
        if (unit == null || Texts.isBlank(unit)) {
            return null;
        }
        if (!isValidUnit(unit)) {
            throw new IllegalArgumentException("Not a unit: \"" + unit + "\" (letters and unit symbols, at most "
                    + MAX_UNIT_LENGTH + " characters, no digit)");
        }
        return KnownUnit.find(unit).map(KnownUnit::symbol).orElse(Texts.normalizeSpaces(unit));
    }
}
