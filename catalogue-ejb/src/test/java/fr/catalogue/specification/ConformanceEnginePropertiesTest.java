package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the engine (R5, R11) over many generated offers and specifications. */
class ConformanceEnginePropertiesTest {

    /** Units of the data-size dimension a person may type, with their factor to the criterion's Go. */
    private static final Map<String, Integer> DATA_UNITS = Map.of("Mo", -3, "Go", 0, "To", 3, "GB", 0);

    /** Every kind of criterion; each generated specification takes some of them, mandatory or not. */
    private static final List<Criterion> TEMPLATES = List.of(
            Criterion.min("memory", "Mémoire", "", true, "Go", new BigDecimal("4")),
            Criterion.max("weight", "Poids", "", true, "kg", new BigDecimal("2.5")),
            Criterion.range("warranty", "Garantie", "", true, "mois", new BigDecimal("12"), new BigDecimal("36")),
            Criterion.min("usb_ports", "Ports USB", "", true, null, new BigDecimal("2")),
            Criterion.bool("wifi", "Wi-Fi intégré", "", true),
            Criterion.oneOf("os", "Système", "", true, List.of("Windows", "Linux")),
            Criterion.allOf("ports", "Connectique", "", true, List.of("USB", "HDMI")),
            Criterion.text("sales_terms", "Conditions de vente", "", true),
            Criterion.priceComponent("travel", "Frais de déplacement", "", true),
            Criterion.serviceCoverage("network_services", "Services réseau", "", true, List.of("cabling", "backup")));

    private static final List<String> ATTRIBUTE_KEYS = List.of("memory", "weight", "warranty", "usb_ports", "wifi",
            "os", "ports", "sales_terms", "colour", "brand", "zz_extra");

    /** Values of every sort, good and bad, given to any attribute. */
    private static final List<String> TYPED_VALUES = List.of("", " ", "8", "8 Go", "2 Go", "512 Mo", "1 To", "4",
            "2,5 kg", "3 kg", "1,5", "24 mois", "2 ans", "4 ans", "36", "oui", "non", "peut-être", "Windows", "linux",
            "macOS", "USB; HDMI", "usb", "beaucoup", "8 GHz", "2 400", "12 mois");

    private final ConformanceEngine engine = new ConformanceEngine();

    private static Criterion withMandatory(Criterion c, boolean mandatory) {
        return new Criterion(c.key(), c.label(), c.explanation(), c.type(), mandatory, c.unit(), c.min(), c.max(),
                c.values());
    }

    private static String typed(BigDecimal value, String unit, boolean comma) {
        String number = value.toPlainString();
        return (comma ? number.replace('.', ',') : number) + (unit.isEmpty() ? "" : " " + unit);
    }

    private ResultStatus judge(Criterion criterion, String typed) {
        return engine.evaluate(OfferFacts.ofAttributes(Map.of(criterion.key(), typed)),
                new SpecificationRules("PC_DESKTOP", 1, List.of(criterion))).results().get(0).status();
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3);
    }

    @Provide
    Arbitrary<String> dataUnits() {
        return Arbitraries.of("", "Mo", "Go", "To", "GB");
    }

    @Provide
    Arbitrary<SpecificationRules> specifications() {
        Arbitrary<List<Boolean>> included = Arbitraries.of(true, false).list().ofSize(TEMPLATES.size());
        Arbitrary<List<Boolean>> mandatory = Arbitraries.of(true, false).list().ofSize(TEMPLATES.size());
        Arbitrary<Integer> version = Arbitraries.integers().between(1, 50);
        return Combinators.combine(included, mandatory, version).as((keep, required, number) -> {
            List<Criterion> criteria = new ArrayList<>();
            for (int i = 0; i < TEMPLATES.size(); i++) {
                if (keep.get(i)) {
                    criteria.add(withMandatory(TEMPLATES.get(i), required.get(i)));
                }
            }
            return new SpecificationRules("PC_DESKTOP", number, criteria);
        });
    }

    @Provide
    Arbitrary<OfferFacts> facts() {
        Arbitrary<Map<String, String>> attributes = Arbitraries.maps(Arbitraries.of(ATTRIBUTE_KEYS),
                Arbitraries.of(TYPED_VALUES)).ofMaxSize(ATTRIBUTE_KEYS.size());
        Arbitrary<PriceComponent> component = Combinators.combine(
                Arbitraries.of(null, BigDecimal.ZERO, new BigDecimal("45.50")),
                Arbitraries.of(null, "", "Forfait zone urbaine"))
                .as((amount, description) -> new PriceComponent(amount, null, description));
        Arbitrary<Map<String, PriceComponent>> pricing = Arbitraries.maps(Arbitraries.of("travel", "hourly_rate"),
                component).ofMaxSize(2);
        Arbitrary<Map<String, ServiceCoverage>> services = Arbitraries.maps(
                Arbitraries.of("cabling", "backup", "training"), Arbitraries.of(ServiceCoverage.class)).ofMaxSize(3);
        return Combinators.combine(attributes, pricing, services).as(OfferFacts::new);
    }

    @Property
    void raisingAValueAboveAMinimumNeverTurnsAPassIntoAFail(@ForAll("amounts") BigDecimal minimum,
            @ForAll("amounts") BigDecimal value, @ForAll("amounts") BigDecimal raise, @ForAll("dataUnits") String unit,
            @ForAll boolean comma) {
        Criterion criterion = Criterion.min("memory", "Mémoire", "", true, "Go", minimum);
        ResultStatus before = judge(criterion, typed(value, unit, comma));
        ResultStatus after = judge(criterion, typed(value.add(raise), unit, comma));
        if (before == ResultStatus.PASS) {
            assertEquals(ResultStatus.PASS, after);
        }
    }

    @Property
    void loweringAValueBelowAMaximumNeverTurnsAPassIntoAFail(@ForAll("amounts") BigDecimal maximum,
            @ForAll("amounts") BigDecimal value, @ForAll("amounts") BigDecimal drop, @ForAll("dataUnits") String unit,
            @ForAll boolean comma) {
        Criterion criterion = Criterion.max("disk", "Disque", "", true, "Go", maximum);
        ResultStatus before = judge(criterion, typed(value, unit, comma));
        ResultStatus after = judge(criterion, typed(value.subtract(drop), unit, comma));
        if (before == ResultStatus.PASS) {
            assertEquals(ResultStatus.PASS, after);
        }
    }

    @Property
    void aValuePassesARangeExactlyWhenItLiesInside(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b,
            @ForAll("amounts") BigDecimal value, @ForAll("dataUnits") String unit, @ForAll boolean comma) {
        BigDecimal min = a.min(b);
        BigDecimal max = a.max(b);
        Criterion criterion = Criterion.range("disk", "Disque", "", true, "Go", min, max);
        BigDecimal inGo = value.movePointRight(DATA_UNITS.getOrDefault(unit, 0));
        boolean inside = inGo.compareTo(min) >= 0 && inGo.compareTo(max) <= 0;
        assertEquals(inside ? ResultStatus.PASS : ResultStatus.FAIL, judge(criterion, typed(value, unit, comma)));
    }

    @Property
    void theBoundsOfARangePass(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b,
            @ForAll boolean comma) {
        Criterion criterion = Criterion.range("warranty", "Garantie", "", true, "mois", a.min(b), a.max(b));
        assertEquals(ResultStatus.PASS, judge(criterion, typed(a, "mois", comma)));
        assertEquals(ResultStatus.PASS, judge(criterion, typed(b, "", comma)));
    }

    @Property
    void theVerdictDoesNotDependOnTheOrderOfTheAttributes(@ForAll("facts") OfferFacts facts,
            @ForAll("specifications") SpecificationRules rules, @ForAll long seed) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(facts.attributes().entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
        Collections.reverse(entries);
        Map<String, String> reversed = new LinkedHashMap<>();
        entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
        assertEquals(engine.evaluate(new OfferFacts(shuffled, facts.pricing(), facts.services()), rules),
                engine.evaluate(new OfferFacts(reversed, facts.pricing(), facts.services()), rules));
    }

    @Property
    void anOfferConformsExactlyWhenNoMandatoryCriterionFailsOrIsMissing(@ForAll("facts") OfferFacts facts,
            @ForAll("specifications") SpecificationRules rules) {
        Verdict verdict = engine.evaluate(facts, rules);
        boolean blocked = verdict.results().stream()
                .anyMatch(r -> r.mandatory() && (r.status() == ResultStatus.FAIL || r.status() == ResultStatus.MISSING));
        assertEquals(!blocked, verdict.conforming());
        assertEquals(rules.criteria().stream().map(Criterion::key).toList(),
                verdict.results().stream().map(CriterionResult::key).toList());
        assertEquals(rules.criteria().stream().map(Criterion::mandatory).toList(),
                verdict.results().stream().map(CriterionResult::mandatory).toList());
        assertEquals(rules.categoryCode(), verdict.categoryCode());
        assertEquals(rules.version(), verdict.version());
        verdict.results().forEach(r -> assertEquals(r.label() + " : ", r.message().substring(0, r.label().length() + 3)));
    }

    @Property
    void addingUnknownAttributesNeverChangesTheJudgement(@ForAll("facts") OfferFacts facts,
            @ForAll("specifications") SpecificationRules rules,
            @ForAll("unknownAttributes") Map<String, String> unknown) {
        Map<String, String> more = new HashMap<>(unknown);
        more.putAll(facts.attributes());
        Verdict before = engine.evaluate(facts, rules);
        Verdict after = engine.evaluate(new OfferFacts(more, facts.pricing(), facts.services()), rules);
        assertEquals(before.conforming(), after.conforming());
        assertEquals(before.results(), after.results());
        assertEquals(unknown.size(), after.unknownAttributes().size() - before.unknownAttributes().size());
    }

    @Provide
    Arbitrary<Map<String, String>> unknownAttributes() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(key -> "unknown_" + key);
        return Arbitraries.maps(keys, Arbitraries.of(TYPED_VALUES)).ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void aMissingMandatoryAttributeAlwaysBlocks(@ForAll("specifications") SpecificationRules rules) {
        Verdict verdict = engine.evaluate(new OfferFacts(null, null, null), rules);
        boolean anyMandatory = rules.criteria().stream().anyMatch(Criterion::mandatory);
        assertEquals(!anyMandatory, verdict.conforming());
        verdict.results().forEach(r -> assertEquals(ResultStatus.MISSING, r.status()));
    }

    @Property
    void whatTheEngineWritesItReadsBack(@ForAll("amounts") BigDecimal value, @ForAll("dataUnits") String unit) {
        Quantity quantity = new Quantity(value, unit.isEmpty() ? null : unit);
        assertEquals(quantity, Quantity.parse(quantity.toString()));
    }
}
