package fr.catalogue.web.catalogue;

import fr.catalogue.offer.OfferInput;
import fr.catalogue.offer.PriceWords;
import fr.catalogue.specification.ConformanceEngine;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.CriterionResult;
import fr.catalogue.specification.CriterionType;
import fr.catalogue.specification.OfferFacts;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ResultStatus;
import fr.catalogue.specification.SpecificationRules;
import fr.catalogue.specification.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a small business reads of an offer (R12, R13): its price in words, and each criterion of the
 * specification in force with the offer's value, whether it is met, and what it means in plain
 * words. Plain Java: the offer page and the comparison read the same sheet.
 */
public final class OfferSheet {

    private static final ConformanceEngine ENGINE = new ConformanceEngine();

    /**
     * One criterion of the specification in force as the offer meets it.
     *
     * @param value the offer's value in words ("16 Go", "oui", "35 € HT par intervention"); "non renseigné" if none
     * @param anchor the criterion's entry in the glossary ({@code /glossaire.xhtml#anchor})
     */
    public record Line(String key, String label, String value, String explanation, boolean met, boolean mandatory,
                       String anchor) {
    }

    private final List<PriceWords.Line> price;
    private final List<Line> criteria;
    private final Integer version;

    private OfferSheet(List<PriceWords.Line> price, List<Line> criteria, Integer version) {
        this.price = List.copyOf(price);
        this.criteria = List.copyOf(criteria);
        this.version = version;
    }

    /**
     * The sheet of an offer.
     *
     * @param content what the offer says
     * @param rules the specification in force for its category, or null when there is none
     */
    public static OfferSheet of(OfferInput content, SpecificationRules rules) {
        Map<String, String> titles = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        if (rules != null) {
            Verdict verdict = ENGINE.evaluate(new OfferFacts(content.attributes(), content.pricing(),
                    content.services()), rules);
            for (Criterion criterion : rules.criteria()) {
                if (criterion.type() == CriterionType.PRICE_COMPONENT) {
                    titles.put(criterion.key(), criterion.label());
                }
                CriterionResult result = verdict.result(criterion.key()).orElseThrow();
                lines.add(new Line(criterion.key(), criterion.label(), value(criterion, content, result),
                        criterion.explanation().strip(), result.status() == ResultStatus.PASS, criterion.mandatory(),
                        Glossary.anchor(criterion.label())));
            }
        }
        return new OfferSheet(PriceWords.of(content.priceExclVat(), content.pricing(), titles), lines,
                rules == null ? null : rules.version());
    }

    private static String value(Criterion criterion, OfferInput content, CriterionResult result) {
        if (criterion.type() == CriterionType.PRICE_COMPONENT) {
            PriceComponent part = content.pricing().get(criterion.key());
            if (part == null) {
                return NOT_STATED;
            }
            String amount = PriceWords.amount(part.amount(), part.unit());
            return part.description() == null || part.description().isBlank() ? amount
                    : amount + " — " + part.description().strip();
        }
        if (criterion.type() == CriterionType.SERVICE_COVERAGE) {
            // the engine's message says service by service how each is covered, after the label
            String message = result.message();
            int colon = message.indexOf(" : ");
            return message.startsWith(criterion.label()) && colon >= 0 ? message.substring(colon + 3) : message;
        }
        String typed = content.attributes().get(criterion.key());
        if (typed == null || typed.isBlank()) {
            return NOT_STATED;
        }
        if (criterion.type() == CriterionType.BOOLEAN) {
            return result.status() == ResultStatus.PASS ? "oui" : typed.strip();
        }
        return typed.strip();
    }

    static final String NOT_STATED = "non renseigné";

    /** The price in words, the base price first. */
    public List<PriceWords.Line> price() {
        return price;
    }

    /** Every criterion of the version in force, in its order. */
    public List<Line> criteria() {
        return criteria;
    }

    /** The criteria the offer meets (R13: what the label guarantees of it). */
    public List<Line> met() {
        return criteria.stream().filter(Line::met).toList();
    }

    /** The number of the version in force, or null when the category has none. */
    public Integer version() {
        return version;
    }
}
