package fr.catalogue.api.specification;

import fr.catalogue.specification.Criterion;
import java.math.BigDecimal;
import java.util.List;

/** A criterion as the API shows it; {@code explanation} is for a neophyte (R13). */
public record CriterionJson(String key, String label, String explanation, String type, boolean mandatory,
                            String unit, BigDecimal min, BigDecimal max, List<String> values) {

    public static CriterionJson of(Criterion criterion) {
        return new CriterionJson(criterion.key(), criterion.label(), criterion.explanation(), criterion.type().name(),
                criterion.mandatory(), criterion.unit(), plain(criterion.min()), plain(criterion.max()),
                criterion.values());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
