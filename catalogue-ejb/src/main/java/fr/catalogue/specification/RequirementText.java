package fr.catalogue.specification;

import java.math.BigDecimal;

/**
 * What a criterion requires, in plain French for the pages that show a specification (R13):
 * "au moins 8 Go", "entre 12 et 36 mois", "l'une des valeurs : …".
 */
public final class RequirementText {

    private RequirementText() {
    }

    public static String of(Criterion criterion) {
        return switch (criterion.type()) {
            case MIN -> "au moins " + amount(criterion.min(), criterion.unit());
            case MAX -> "au plus " + amount(criterion.max(), criterion.unit());
            case RANGE -> "entre " + Texts.number(criterion.min()) + " et " + amount(criterion.max(), criterion.unit());
            case BOOLEAN -> "oui";
            case ONE_OF -> "l'une des valeurs : " + Texts.list(criterion.values());
            case ALL_OF -> "toutes les valeurs : " + Texts.list(criterion.values());
            case TEXT -> "à renseigner";
            case PRICE_COMPONENT -> "à détailler dans le prix (un montant de 0 signifie inclus)";
            case SERVICE_COVERAGE -> "chaque service assuré en direct ou par un partenaire identifié : "
                    + Texts.list(criterion.values());
        };
    }

    private static String amount(BigDecimal value, String unit) {
        return unit == null ? Texts.number(value) : Texts.number(value) + " " + Quantity.unitText(unit, value);
    }
}
