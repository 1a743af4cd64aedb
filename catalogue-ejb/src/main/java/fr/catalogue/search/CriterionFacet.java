package fr.catalogue.search;

import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A facet on one of a category's main criteria (R13: its French label), from the specification in
 * force: a numeric criterion is offered as ranges of values in the criterion's unit, a yes/no or a
 * choice criterion as its values. Free-text, price-component and service criteria make no facet.
 *
 * <p>Also says how an offer's typed attribute becomes a facet value, so that the index and the
 * facet agree: "8 Go" under a criterion in Mo becomes 8192; "OUI" becomes "oui"; a choice is
 * spelled as the specification spells it.
 */
public record CriterionFacet(String key, String label, boolean numeric, String unit, List<Range> ranges,
                             List<String> values) {

    /** The facet name of a criterion, {@code criterion.<key>}. */
    public String name() {
        return Facets.CRITERION_PREFIX + key;
    }

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;,\\r\\n]+");
    private static final Set<String> YES = Set.of("oui", "yes", "true", "vrai", "1");
    private static final Set<String> NO = Set.of("non", "no", "false", "faux", "0");

    /** A range of a numeric criterion, {@code min} inclusive, {@code max} exclusive (null: open). */
    public record Range(BigDecimal min, BigDecimal max) {

        /** What URLs carry: {@code "8-16"}, {@code "32-"}. */
        public String value() {
            return (min == null ? "" : min.stripTrailingZeros().toPlainString()) + "-"
                    + (max == null ? "" : max.stripTrailingZeros().toPlainString());
        }

        /** "de 8 à 16 Go", "32 Go et plus", "moins de 2 kg". */
        public String label(String unit) {
            String suffix = unit == null || unit.isBlank() ? "" : " " + unit;
            if (min == null) {
                return "moins de " + Numbers.french(max) + suffix;
            }
            if (max == null) {
                return Numbers.french(min) + suffix + " et plus";
            }
            return "de " + Numbers.french(min) + " à " + Numbers.french(max) + suffix;
        }

        /** Whether a value falls in the range. */
        public boolean contains(double value) {
            return (min == null || value >= min.doubleValue()) && (max == null || value < max.doubleValue());
        }
    }

    /** The facet of a criterion, if its type makes one. */
    public static Optional<CriterionFacet> of(Criterion criterion) {
        CriterionType type = criterion.type();
        if (type.isNumeric()) {
            return Optional.of(new CriterionFacet(criterion.key(), criterion.label(), true, criterion.unit(),
                    ranges(type, criterion.min(), criterion.max()), List.of()));
        }
        return switch (type) {
            case BOOLEAN -> Optional.of(new CriterionFacet(criterion.key(), criterion.label(), false, null, List.of(),
                    List.of("oui", "non")));
            case ONE_OF, ALL_OF -> Optional.of(new CriterionFacet(criterion.key(), criterion.label(), false, null,
                    List.of(), criterion.values()));
            default -> Optional.empty();
        };
    }

    /**
     * Ranges around the bounds: at least m → [m, 2m), [2m, 4m), [4m, ∞); at most M → below M/2, then up to M;
     * between a and b → three equal thirds.
     */
    static List<Range> ranges(CriterionType type, BigDecimal min, BigDecimal max) {
        List<Range> ranges = new ArrayList<>();
        if (type == CriterionType.MIN && min != null && min.signum() > 0) {
            BigDecimal two = min.multiply(BigDecimal.valueOf(2));
            BigDecimal four = min.multiply(BigDecimal.valueOf(4));
            ranges.add(new Range(null, min));
            ranges.add(new Range(min, two));
            ranges.add(new Range(two, four));
            ranges.add(new Range(four, null));
        } else if (type == CriterionType.MAX && max != null && max.signum() > 0) {
            BigDecimal half = max.divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            ranges.add(new Range(null, half));
            ranges.add(new Range(half, max));
            ranges.add(new Range(max, null));
        } else if (min != null && max != null && max.compareTo(min) > 0) {
            BigDecimal third = max.subtract(min).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
            BigDecimal a = min.add(third).stripTrailingZeros();
            BigDecimal b = min.add(third).add(third).stripTrailingZeros();
            ranges.add(new Range(null, a));
            ranges.add(new Range(a, b));
            ranges.add(new Range(b, null));
        } else {
            BigDecimal bound = min != null ? min : max;
            if (bound != null) {
                ranges.add(new Range(null, bound));
                ranges.add(new Range(bound, null));
            }
        }
        return List.copyOf(ranges);
    }

    /** An offer's typed value as a number in the criterion's unit, for a numeric criterion. */
    public Optional<Double> number(String typed) {
        if (!numeric || typed == null) {
            return Optional.empty();
        }
        try {
            Quantity quantity = Quantity.parse(typed);
            if (unit != null && !unit.isBlank()) {
                return quantity.withUnitIfNone(unit).to(unit).map(q -> q.value().doubleValue());
            }
            return Optional.of(quantity.value().doubleValue());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An offer's typed value as facet values, for a yes/no or choice criterion (none when unreadable). */
    public Set<String> valuesOf(String typed) {
        Set<String> found = new LinkedHashSet<>();
        if (numeric || typed == null || typed.isBlank()) {
            return found;
        }
        if (values.equals(List.of("oui", "non"))) {
            String answer = typed.strip().toLowerCase(Locale.ROOT);
            if (YES.contains(answer)) {
                found.add("oui");
            } else if (NO.contains(answer)) {
                found.add("non");
            }
            return found;
        }
        for (String item : LIST_SEPARATORS.split(typed)) {
            String wanted = item.strip();
            values.stream().filter(v -> v.equalsIgnoreCase(wanted)).findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The range a facet value names, {@code "min-max"} with either bound empty; empty when malformed. */
    public static Optional<Range> parseRange(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int dash = value.indexOf('-');
        if (dash < 0 || value.indexOf('-', dash + 1) >= 0) {
            return Optional.empty();
        }
        try {
            String low = value.substring(0, dash).strip().replace(',', '.');
            String high = value.substring(dash + 1).strip().replace(',', '.');
            BigDecimal min = low.isEmpty() ? null : new BigDecimal(low);
            BigDecimal max = high.isEmpty() ? null : new BigDecimal(high);
            if (min == null && max == null || min != null && max != null && min.compareTo(max) > 0) {
                return Optional.empty();
            }
            return Optional.of(new Range(min, max));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
