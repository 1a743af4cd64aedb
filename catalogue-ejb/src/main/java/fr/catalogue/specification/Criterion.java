package fr.catalogue.specification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One minimum requirement of a category's specification (R5), as the engine applies it.
 *
 * <p>Numeric criteria ({@code MIN}, {@code MAX}, {@code RANGE}) carry inclusive bounds and may
 * carry a unit ({@link Quantity}); {@code ONE_OF}, {@code ALL_OF} and {@code SERVICE_COVERAGE} carry
 * their values (choices, required items, required services of Annex 3 for R9); the other types
 * carry neither. Refuses any other combination, so a stored specification can never hold a
 * criterion the engine cannot judge.
 *
 * @param key stable identifier, {@code [a-z][a-z0-9_]{0,59}}: the key of the offer's attribute,
 *        price component (R12) or group of services (R9) it judges
 * @param label the French name shown to partners and reviewers; every message starts with it
 * @param explanation what the criterion means in plain words for a neophyte (R13); may be blank
 *        while a specification is drafted, never null
 * @param mandatory whether an offer that does not meet it is refused (R11); optional criteria
 *        are judged and shown but never refuse an offer
 * @param unit the unit of the bounds and of bare numbers ("Go", "Mbit/s", "mois"), numeric types only
 * @param min the inclusive lower bound, {@code MIN} and {@code RANGE} only
 * @param max the inclusive upper bound, {@code MAX} and {@code RANGE} only
 * @param values choices, items or services; trimmed, distinct (case ignored), never null
 */
public record Criterion(String key, String label, String explanation, CriterionType type, boolean mandatory,
        String unit, BigDecimal min, BigDecimal max, List<String> values) {

    public static final Pattern KEY_PATTERN = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    public static final int MAX_KEY_LENGTH = 60;
    public static final int MAX_LABEL_LENGTH = 200;
    public static final int MAX_UNIT_LENGTH = Quantity.MAX_UNIT_LENGTH;

    public Criterion {
        if (key == null || !KEY_PATTERN.matcher(key).matches()) {
            throw new IllegalArgumentException("Criterion key must match " + KEY_PATTERN.pattern() + ": " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Criterion " + key + " needs a label");
        }
        label = label.strip();
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("Label of criterion " + key + " is longer than " + MAX_LABEL_LENGTH
                    + " characters");
        }
        if (explanation == null) {
            throw new IllegalArgumentException("Criterion " + key + " needs an explanation, even blank (R13)");
        }
        if (type == null) {
            throw new IllegalArgumentException("Criterion " + key + " needs a type");
        }
        unit = checkUnit(key, type, unit);
        checkBounds(key, type, min, max);
        values = checkValues(key, type, values);
    }

    /** At least {@code min} (inclusive): "Mémoire vive, au moins 4 Go". */
    public static Criterion min(String key, String label, String explanation, boolean mandatory, String unit,
            BigDecimal min) {
        return new Criterion(key, label, explanation, CriterionType.MIN, mandatory, unit, min, null, null);
    }

    /** At most {@code max} (inclusive): "Poids, au plus 2 kg". */
    public static Criterion max(String key, String label, String explanation, boolean mandatory, String unit,
            BigDecimal max) {
        return new Criterion(key, label, explanation, CriterionType.MAX, mandatory, unit, null, max, null);
    }

    /** Between {@code min} and {@code max}, both inclusive: "Garantie, entre 12 et 36 mois". */
    public static Criterion range(String key, String label, String explanation, boolean mandatory, String unit,
            BigDecimal min, BigDecimal max) {
        return new Criterion(key, label, explanation, CriterionType.RANGE, mandatory, unit, min, max, null);
    }

    /** A feature the offer must have: "Wi-Fi intégré : oui". */
    public static Criterion bool(String key, String label, String explanation, boolean mandatory) {
        return new Criterion(key, label, explanation, CriterionType.BOOLEAN, mandatory, null, null, null, null);
    }

    /** One of the given choices: "Système d'exploitation : Windows ou Linux". */
    public static Criterion oneOf(String key, String label, String explanation, boolean mandatory,
            List<String> choices) {
        return new Criterion(key, label, explanation, CriterionType.ONE_OF, mandatory, null, null, null, choices);
    }

    /** A list that must hold every given item: "Connectique : USB, HDMI". */
    public static Criterion allOf(String key, String label, String explanation, boolean mandatory,
            List<String> items) {
        return new Criterion(key, label, explanation, CriterionType.ALL_OF, mandatory, null, null, null, items);
    }

    /** Any non-blank answer: "Conditions de remplacement en cas de panne". */
    public static Criterion text(String key, String label, String explanation, boolean mandatory) {
        return new Criterion(key, label, explanation, CriterionType.TEXT, mandatory, null, null, null, null);
    }

    /** A component of the price that must be stated and described (R12): "Frais de déplacement". */
    public static Criterion priceComponent(String key, String label, String explanation, boolean mandatory) {
        return new Criterion(key, label, explanation, CriterionType.PRICE_COMPONENT, mandatory, null, null, null,
                null);
    }

    /** Services of Annex 3 a competence centre must cover, itself or through a partner (R9). */
    public static Criterion serviceCoverage(String key, String label, String explanation, boolean mandatory,
            List<String> services) {
        return new Criterion(key, label, explanation, CriterionType.SERVICE_COVERAGE, mandatory, null, null, null,
                services);
    }

    /**
     * The values of a criterion written one per line (as stored and as typed in the editor):
     * blank lines and surrounding spaces are dropped; null gives no value.
     */
    public static List<String> valuesOfLines(String lines) {
        return lines == null ? List.of()
                : lines.lines().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String checkUnit(String key, CriterionType type, String unit) {
        if (unit == null || Texts.isBlank(unit)) {
            return null;
        }
        if (!type.isNumeric()) {
            throw new IllegalArgumentException("Criterion " + key + " of type " + type + " cannot have a unit");
        }
        if (!Quantity.isValidUnit(unit)) {
            throw new IllegalArgumentException("Criterion " + key + " has an invalid unit \"" + unit
                    + "\": letters and unit symbols, at most " + MAX_UNIT_LENGTH + " characters, no digit");
        }
        return Texts.normalizeSpaces(unit);
    }

    private static void checkBounds(String key, CriterionType type, BigDecimal min, BigDecimal max) {
        boolean needsMin = type == CriterionType.MIN || type == CriterionType.RANGE;
        boolean needsMax = type == CriterionType.MAX || type == CriterionType.RANGE;
        if (needsMin != (min != null)) {
            throw new IllegalArgumentException("Criterion " + key + " of type " + type
                    + (needsMin ? " needs a minimum" : " cannot have a minimum"));
        }
        if (needsMax != (max != null)) {
            throw new IllegalArgumentException("Criterion " + key + " of type " + type
                    + (needsMax ? " needs a maximum" : " cannot have a maximum"));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Criterion " + key + " has a minimum " + min.toPlainString()
                    + " above its maximum " + max.toPlainString());
        }
    }

    private static List<String> checkValues(String key, CriterionType type, List<String> values) {
        List<String> given = values == null ? List.of() : values;
        if (!type.hasValues()) {
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("Criterion " + key + " of type " + type + " cannot have values");
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("Criterion " + key + " of type " + type + " needs at least one value");
        }
        List<String> cleaned = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (String value : given) {
            if (value == null || Texts.isBlank(value)) {
                throw new IllegalArgumentException("Criterion " + key + " has a blank value");
            }
            if (value.contains("\n") || value.contains("\r")) {
                // values are stored one a line
                throw new IllegalArgumentException("Criterion " + key + " has a value on several lines: " + value);
            }
            if (type == CriterionType.ALL_OF && (value.contains(";") || value.contains(","))) {
                // the declared list is split on them, so such an item could never be found
                throw new IllegalArgumentException("Criterion " + key + " has a value containing ';' or ',': " + value);
            }
            String clean = Texts.normalizeSpaces(value);
            if (!seen.add(Texts.choiceKey(clean))) {
                throw new IllegalArgumentException("Criterion " + key + " has the value \"" + clean + "\" twice");
            }
            cleaned.add(clean);
        }
        return List.copyOf(cleaned);
    }
}
