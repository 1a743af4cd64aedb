package fr.catalogue.specification;

/**
 * How a {@link Criterion} judges the value an offer declares (R5).
 *
 * <ul>
 * <li>{@code MIN}, {@code MAX}, {@code RANGE}: a number, possibly with a unit ({@link Quantity}),
 * bounds inclusive;</li>
 * <li>{@code BOOLEAN}: the feature must be present (oui/non);</li>
 * <li>{@code ONE_OF}: one of the listed choices; {@code ALL_OF}: a list holding every listed item;</li>
 * <li>{@code TEXT}: any non-blank answer;</li>
 * <li>{@code PRICE_COMPONENT}: a component of the price that must be stated and described (R12);</li>
 * <li>{@code SERVICE_COVERAGE}: services a provider must cover, itself or through a partner (R9).</li>
 * </ul>
 */
public enum CriterionType {
    MIN,
    MAX,
    RANGE,
    BOOLEAN,
    ONE_OF,
    ALL_OF,
    TEXT,
    PRICE_COMPONENT,
    SERVICE_COVERAGE;

    /** Whether the criterion compares a number with bounds (and may carry a unit). */
    public boolean isNumeric() {
        return this == MIN || this == MAX || this == RANGE;
    }

    /** Whether the criterion carries a list of values (choices, items or services). */
    public boolean hasValues() {
        return this == ONE_OF || this == ALL_OF || this == SERVICE_COVERAGE;
    }
}
