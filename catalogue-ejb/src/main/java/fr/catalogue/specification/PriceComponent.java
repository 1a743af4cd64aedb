package fr.catalogue.specification;

import java.math.BigDecimal;

/**
 * One component of an offer's price, as R12 wants prices: exhaustive and clear (price per kind of
 * service, base unit, travel costs, options...).
 *
 * @param amount in euros excluding VAT; null when not stated as a figure (e.g. "sur devis"); zero when
 *        included in the base offer; never negative
 * @param unit what the amount is for ("heure", "intervention", "km"); null or blank when not stated
 * @param description what the component covers, in plain words; the engine requires it (R12, R13)
 */
public record PriceComponent(BigDecimal amount, String unit, String description) {

    public PriceComponent {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("A price component cannot be negative: " + amount.toPlainString());
        }
        unit = unit == null || Texts.isBlank(unit) ? null : Texts.normalizeSpaces(unit);
    }

    /** Whether the component is part of the base offer at no extra cost. */
    public boolean isIncluded() {
        return amount != null && amount.signum() == 0;
    }

    /** Whether the component says what it covers. */
    public boolean isDescribed() {
        return !Texts.isBlank(description);
    }
}
