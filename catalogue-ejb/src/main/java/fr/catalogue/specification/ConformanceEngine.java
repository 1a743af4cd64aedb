package fr.catalogue.specification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges what a partner declares about an offer against one version of its category's
 * specification (R5, R11): only a conforming offer may be published; a non-conforming one can
 * still be saved as a draft. Every criterion gets a result with a French message a partner can act
 * on, starting with the criterion's label; optional criteria are judged and reported but never
 * make an offer non-conforming. Attributes no criterion asks for are listed, never held against
 * the offer.
 *
 * <p>Plain Java, stateless and thread-safe: one instance may serve every request.
 */
public final class ConformanceEngine {

    private static final String CONFORMING = " — conforme";
    private static final String NOT_STATED = "non renseigné";
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;,\\r\\n]+");
    private static final Set<String> YES = Set.of("oui", "yes", "true", "vrai", "1");
    private static final Set<String> NO = Set.of("non", "no", "false", "faux", "0");

    /**
     * Judges the facts against the rules (R11), with prices (R12) and services (R9).
     *
     * @return the verdict, naming the category and version applied (R5)
     */
    public Verdict evaluate(OfferFacts facts, SpecificationRules rules) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(rules, "rules");
        List<CriterionResult> results = new ArrayList<>(rules.criteria().size());
        Set<String> keys = new HashSet<>();
        for (Criterion criterion : rules.criteria()) {
            results.add(judge(criterion, facts));
            keys.add(criterion.key());
        }
        List<String> unknown = facts.attributes().keySet().stream().filter(key -> !keys.contains(key)).sorted()
                .toList();
        boolean conforming = results.stream().noneMatch(CriterionResult::isBlocking);
        return new Verdict(rules.categoryCode(), rules.version(), conforming, results, unknown);
    }

    private CriterionResult judge(Criterion criterion, OfferFacts facts) {
        String typed = facts.attributes().get(criterion.key());
        return switch (criterion.type()) {
            case MIN, MAX, RANGE -> number(criterion, typed);
            case BOOLEAN -> yesNo(criterion, typed);
            case ONE_OF -> oneOf(criterion, typed);
            case ALL_OF -> allOf(criterion, typed);
            case TEXT -> text(criterion, typed);
            case PRICE_COMPONENT -> price(criterion, facts.pricing().get(criterion.key()));
            case SERVICE_COVERAGE -> services(criterion, facts.services());
        };
    }

    /** MIN, MAX, RANGE: bounds inclusive; a bare number is in the criterion's unit. */
    private CriterionResult number(Criterion criterion, String typed) {
        if (Texts.isBlank(typed)) {
            return missing(criterion, NOT_STATED + ", il faut " + requirement(criterion));
        }
        Quantity declared;
        try {
            declared = Quantity.parse(typed);
        } catch (IllegalArgumentException notANumber) {
            String inUnit = criterion.unit() == null ? "" : " (en " + Quantity.unitTextAfterEn(criterion.unit()) + ")";
            return fail(criterion, Texts.quote(typed) + " n'est pas un nombre" + inUnit);
        }
        if (declared.hasUnit() && criterion.unit() == null) {
            return fail(criterion, "unité « " + declared.unitText() + " » inattendue, nombre sans unité attendu");
        }
        declared = declared.withUnitIfNone(criterion.unit());
        Quantity lower = criterion.min() == null ? null : new Quantity(criterion.min(), criterion.unit());
        Quantity upper = criterion.max() == null ? null : new Quantity(criterion.max(), criterion.unit());
        if (!declared.isComparableTo(lower != null ? lower : upper)) {
            return fail(criterion, "unité « " + declared.unitText() + " » inattendue, valeur attendue en "
                    + Quantity.unitTextAfterEn(criterion.unit()));
        }
        boolean met = (lower == null || declared.compareWith(lower) >= 0)
                && (upper == null || declared.compareWith(upper) <= 0);
        return met
                ? pass(criterion, declared + " (" + bounds(criterion) + ")" + CONFORMING)
                : fail(criterion, declared + ", il faut " + requirement(criterion));
    }

    /** BOOLEAN: the feature must be there. */
    private CriterionResult yesNo(Criterion criterion, String typed) {
        if (Texts.isBlank(typed)) {
            return missing(criterion, NOT_STATED + ", réponse attendue : oui ou non");
        }
        String answer = Texts.choiceKey(typed);
        if (YES.contains(answer)) {
            return pass(criterion, "oui" + CONFORMING);
        }
        if (NO.contains(answer)) {
            return fail(criterion, "non, alors que le cahier des charges demande oui");
        }
        return fail(criterion, Texts.quote(typed) + ", réponse attendue : oui ou non");
    }

    /** ONE_OF: one of the choices, case and spacing ignored, accents significant. */
    private CriterionResult oneOf(Criterion criterion, String typed) {
        String choices = Texts.list(criterion.values());
        if (Texts.isBlank(typed)) {
            return missing(criterion, NOT_STATED + ", choix possibles : " + choices);
        }
        String answer = Texts.choiceKey(typed);
        return criterion.values().stream().filter(choice -> Texts.choiceKey(choice).equals(answer)).findFirst()
                .map(choice -> pass(criterion, choice + CONFORMING))
                .orElseGet(() -> fail(criterion, Texts.quote(typed) + " ne fait pas partie des choix possibles : "
                        + choices));
    }

    /** ALL_OF: a list separated by ";", "," or line breaks, holding every required item. */
    private CriterionResult allOf(Criterion criterion, String typed) {
        String required = Texts.list(criterion.values());
        Set<String> declared = typed == null ? Set.of()
                : Arrays.stream(LIST_SEPARATORS.split(typed)).filter(item -> !Texts.isBlank(item))
                        .map(Texts::choiceKey).collect(Collectors.toSet());
        if (declared.isEmpty()) {
            return missing(criterion, NOT_STATED + ", il faut : " + required);
        }
        List<String> lacking = criterion.values().stream().filter(item -> !declared.contains(Texts.choiceKey(item)))
                .toList();
        return lacking.isEmpty()
                ? pass(criterion, required + CONFORMING)
                : fail(criterion, "il manque " + Texts.list(lacking));
    }

    /** TEXT: any answer. */
    private CriterionResult text(Criterion criterion, String typed) {
        return Texts.isBlank(typed) ? missing(criterion, NOT_STATED) : pass(criterion, "renseigné" + CONFORMING);
    }

    /** PRICE_COMPONENT (R12): stated and described; zero means included in the base offer. */
    private CriterionResult price(Criterion criterion, PriceComponent component) {
        if (component == null) {
            return missing(criterion, NOT_STATED);
        }
        if (!component.isDescribed()) {
            return fail(criterion, "description manquante, expliquez ce que couvre ce prix");
        }
        if (component.amount() == null) {
            return pass(criterion, Texts.quote(component.description()) + ", sans montant chiffré" + CONFORMING);
        }
        if (component.isIncluded()) {
            return pass(criterion, "inclus" + CONFORMING);
        }
        String per = component.unit() == null ? "" : " / " + component.unit();
        return pass(criterion, Texts.money(component.amount()) + " € HT" + per + CONFORMING);
    }

    /** SERVICE_COVERAGE (R9): every listed service covered, in-house or through a partner. */
    private CriterionResult services(Criterion criterion, Map<String, ServiceCoverage> declared) {
        if (declared.isEmpty()) {
            return missing(criterion, NOT_STATED + ", services attendus : " + Texts.list(criterion.values()));
        }
        Map<String, ServiceCoverage> byKey = declared.entrySet().stream().collect(Collectors.toMap(
                entry -> Texts.choiceKey(entry.getKey()), Map.Entry::getValue, (first, second) -> first));
        List<String> uncovered = criterion.values().stream().filter(service -> !byKey.containsKey(
                Texts.choiceKey(service))).toList();
        if (!uncovered.isEmpty()) {
            return fail(criterion, "services non couverts : " + Texts.list(uncovered));
        }
        long viaPartner = criterion.values().stream()
                .filter(service -> byKey.get(Texts.choiceKey(service)) == ServiceCoverage.VIA_PARTNER).count();
        long direct = criterion.values().size() - viaPartner;
        List<String> counts = new ArrayList<>(2);
        if (direct > 0) {
            counts.add(direct + " " + ServiceCoverage.DIRECT.label());
        }
        if (viaPartner > 0) {
            counts.add(viaPartner + " " + ServiceCoverage.VIA_PARTNER.label());
        }
        return pass(criterion, "tous les services sont couverts (" + Texts.list(counts) + ")" + CONFORMING);
    }

    /** What a failing value should have been: "au moins 4 Go", "au plus 2 kg", "entre 12 et 36 mois". */
    private static String requirement(Criterion criterion) {
        return switch (criterion.type()) {
            case MIN -> "au moins " + amount(criterion.min(), criterion.unit());
            case MAX -> "au plus " + amount(criterion.max(), criterion.unit());
            default -> between(criterion);
        };
    }

    /** The bounds beside a value that meets them: "minimum 4 Go", "maximum 2 kg", "entre 12 et 36 mois". */
    private static String bounds(Criterion criterion) {
        return switch (criterion.type()) {
            case MIN -> "minimum " + amount(criterion.min(), criterion.unit());
            case MAX -> "maximum " + amount(criterion.max(), criterion.unit());
            default -> between(criterion);
        };
    }

    private static String between(Criterion criterion) {
        return "entre " + Texts.number(criterion.min()) + " et " + amount(criterion.max(), criterion.unit());
    }

    private static String amount(BigDecimal value, String unit) {
        return unit == null ? Texts.number(value) : Texts.number(value) + " " + Quantity.unitText(unit, value);
    }

    private static CriterionResult pass(Criterion criterion, String detail) {
        return result(criterion, ResultStatus.PASS, detail);
    }

    private static CriterionResult fail(Criterion criterion, String detail) {
        return result(criterion, ResultStatus.FAIL, detail);
    }

    private static CriterionResult missing(Criterion criterion, String detail) {
        return result(criterion, ResultStatus.MISSING, detail);
    }

    private static CriterionResult result(Criterion criterion, ResultStatus status, String detail) {
        return new CriterionResult(criterion.key(), criterion.label(), status, criterion.mandatory(),
                criterion.label() + " : " + detail);
    }
}
