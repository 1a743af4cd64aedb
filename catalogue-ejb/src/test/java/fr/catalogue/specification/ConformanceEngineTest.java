package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConformanceEngineTest {

    private static final Criterion MEMORY = Criterion.min("memory", "Mémoire", "La mémoire vive de l'ordinateur.",
            true, "Go", n("4"));
    private static final Criterion DISK = Criterion.min("disk", "Disque", "", true, "Go", n("500"));
    private static final Criterion CPU = Criterion.min("cpu", "Processeur", "", true, "GHz", n("2"));
    private static final Criterion BANDWIDTH = Criterion.min("bandwidth", "Débit", "", true, "kbit/s", n("2048"));
    private static final Criterion USB_PORTS = Criterion.min("usb_ports", "Ports USB", "", true, null, n("2"));
    private static final Criterion PRINT_SPEED = Criterion.min("print_speed", "Vitesse d'impression",
            "Pages imprimées par minute.", true, "ppm", n("20"));
    private static final Criterion WEIGHT = Criterion.max("weight", "Poids", "", true, "kg", n("2"));
    private static final Criterion RESPONSE = Criterion.max("response_time", "Délai d'intervention", "", true, "h",
            n("4"));
    private static final Criterion WARRANTY = Criterion.range("warranty", "Garantie", "", true, "mois", n("12"),
            n("36"));
    private static final Criterion WIFI = Criterion.bool("wifi", "Wi-Fi intégré", "Connexion sans fil.", true);
    private static final Criterion OS = Criterion.oneOf("os", "Système", "", true, List.of("Windows", "macOS"));
    private static final Criterion SCREEN = Criterion.oneOf("screen", "Écran", "", true, List.of("Intégré", "Déporté"));
    private static final Criterion PORTS = Criterion.allOf("ports", "Connectique", "", true,
            List.of("USB", "HDMI", "VGA"));
    private static final Criterion SALES_TERMS = Criterion.text("sales_terms", "Conditions de vente", "", true);
    private static final Criterion TRAVEL = Criterion.priceComponent("travel", "Frais de déplacement", "", true);
    private static final Criterion NETWORK_SERVICES = Criterion.serviceCoverage("network_services",
            "Services réseau", "", true, List.of("cabling", "wifi_setup", "backup"));

    private final ConformanceEngine engine = new ConformanceEngine();

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    private static SpecificationRules rules(Criterion... criteria) {
        return new SpecificationRules("PC_DESKTOP", 3, List.of(criteria));
    }

    /** The result of one criterion alone, for the attribute typed (null: not given at all). */
    private CriterionResult judge(Criterion criterion, String typed) {
        Map<String, String> attributes = new HashMap<>();
        if (typed != null) {
            attributes.put(criterion.key(), typed);
        }
        return engine.evaluate(OfferFacts.ofAttributes(attributes), rules(criterion)).result(criterion.key())
                .orElseThrow();
    }

    private ResultStatus status(Criterion criterion, String typed) {
        return judge(criterion, typed).status();
    }

    @Nested
    class Minimum {

        @Test
        void exactlyTheMinimumPasses() {
            CriterionResult result = judge(MEMORY, "4 Go");
            assertEquals(ResultStatus.PASS, result.status());
            assertEquals("Mémoire : 4 Go (minimum 4 Go) — conforme", result.message());
        }

        @Test
        void belowTheMinimumFailsSayingWhatIsNeeded() {
            CriterionResult result = judge(MEMORY, "2 Go");
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Mémoire : 2 Go, il faut au moins 4 Go", result.message());
        }

        @Test
        void aBareNumberIsInTheCriterionUnit() {
            assertEquals("Mémoire : 8 Go (minimum 4 Go) — conforme", judge(MEMORY, "8").message());
            assertEquals(ResultStatus.FAIL, status(MEMORY, "3"));
        }

        @Test
        void unitsAreConvertedWithinTheirDimension() {
            assertEquals(ResultStatus.PASS, status(DISK, "1 To"));
            assertEquals(ResultStatus.PASS, status(DISK, "0,5 To"));
            assertEquals(ResultStatus.FAIL, status(DISK, "0,4 To"));
            assertEquals(ResultStatus.PASS, status(MEMORY, "4000 Mo"));
            assertEquals(ResultStatus.FAIL, status(MEMORY, "3999 Mo"));
            CriterionResult small = judge(Criterion.min("memory", "Mémoire", "", true, "Go", n("1")), "512 Mo");
            assertEquals(ResultStatus.FAIL, small.status());
            assertEquals("Mémoire : 512 Mo, il faut au moins 1 Go", small.message());
        }

        @Test
        void englishAndLowerCaseSymbolsAreUnderstoodAndShownTheFrenchWay() {
            assertEquals("Mémoire : 8 Go (minimum 4 Go) — conforme", judge(MEMORY, "8 GB").message());
            assertEquals("Mémoire : 8 Go (minimum 4 Go) — conforme", judge(MEMORY, "8go").message());
            assertEquals(ResultStatus.PASS, status(BANDWIDTH, "20 Mbps"));
            assertEquals(ResultStatus.PASS, status(BANDWIDTH, "2,048 Mb/s"));
            assertEquals("Débit : 2 Mbit/s, il faut au moins 2 048 kbit/s", judge(BANDWIDTH, "2 Mb/s").message());
        }

        @Test
        void aValueInAnIncompatibleUnitFailsNamingTheExpectedUnit() {
            CriterionResult result = judge(MEMORY, "8 GHz");
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Mémoire : unité « GHz » inattendue, valeur attendue en Go", result.message());
            assertEquals(ResultStatus.FAIL, status(MEMORY, "8 Mbit/s"));
            assertEquals(ResultStatus.FAIL, status(MEMORY, "8 pouces"));
        }

        @Test
        void somethingElseThanANumberFails() {
            CriterionResult result = judge(MEMORY, "beaucoup");
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Mémoire : « beaucoup » n'est pas un nombre (en Go)", result.message());
            assertEquals(ResultStatus.FAIL, status(MEMORY, "4 à 8 Go"));
            assertEquals(ResultStatus.FAIL, status(MEMORY, "4,5,6"));
        }

        @Test
        void theFrenchDecimalCommaAndTheDotAreBothRead() {
            CriterionResult slow = judge(CPU, "1,8 GHz");
            assertEquals(ResultStatus.FAIL, slow.status());
            assertEquals("Processeur : 1,8 GHz, il faut au moins 2 GHz", slow.message());
            assertEquals(ResultStatus.PASS, status(CPU, "2,5"));
            assertEquals(ResultStatus.PASS, status(CPU, "2.5 GHz"));
            assertEquals(ResultStatus.PASS, status(CPU, "2000 MHz"));
            assertEquals(ResultStatus.FAIL, status(CPU, "1999,9 MHz"));
        }

        @Test
        void thousandsSeparatorsOfEveryKindAreRead() {
            assertEquals("Disque : 2 400 Go (minimum 500 Go) — conforme", judge(DISK, " 2 400 ").message());
            assertEquals(ResultStatus.PASS, status(DISK, "2\u202F400 Go"));
            assertEquals(ResultStatus.PASS, status(DISK, "2\u00A0400\u00A0Go"));
            assertEquals(ResultStatus.FAIL, status(DISK, "24 00 Go"));
        }

        @Test
        void anEmptyOrBlankValueIsMissing() {
            for (String typed : new String[] {null, "", "   ", "\u00A0", "\u202F \t"}) {
                CriterionResult result = judge(MEMORY, typed);
                assertEquals(ResultStatus.MISSING, result.status(), () -> "for «" + typed + "»");
                assertEquals("Mémoire : non renseigné, il faut au moins 4 Go", result.message());
            }
        }

        @Test
        void aCriterionWithoutUnitWantsABareNumber() {
            assertEquals("Ports USB : 4 (minimum 2) — conforme", judge(USB_PORTS, "4").message());
            assertEquals("Ports USB : 2 (minimum 2) — conforme", judge(USB_PORTS, "2").message());
            assertEquals("Ports USB : 1, il faut au moins 2", judge(USB_PORTS, "1").message());
            assertEquals("Ports USB : « plusieurs » n'est pas un nombre", judge(USB_PORTS, "plusieurs").message());
            CriterionResult withUnit = judge(USB_PORTS, "4 ports");
            assertEquals(ResultStatus.FAIL, withUnit.status());
            assertEquals("Ports USB : unité « ports » inattendue, nombre sans unité attendu", withUnit.message());
        }

        @Test
        void anUnknownUnitIsComparableOnlyWithItself() {
            assertEquals(ResultStatus.PASS, status(PRINT_SPEED, "25 ppm"));
            assertEquals(ResultStatus.PASS, status(PRINT_SPEED, "25 PPM"));
            assertEquals(ResultStatus.PASS, status(PRINT_SPEED, "25"));
            assertEquals(ResultStatus.FAIL, status(PRINT_SPEED, "19 ppm"));
            assertEquals("Vitesse d'impression : unité « pages » inattendue, valeur attendue en ppm",
                    judge(PRINT_SPEED, "25 pages").message());
        }
    }

    @Nested
    class Maximum {

        @Test
        void exactlyTheMaximumPasses() {
            assertEquals("Poids : 2 kg (maximum 2 kg) — conforme", judge(WEIGHT, "2 kg").message());
            assertEquals(ResultStatus.PASS, status(WEIGHT, "1,2"));
        }

        @Test
        void aboveTheMaximumFails() {
            CriterionResult result = judge(WEIGHT, "2,5 kg");
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Poids : 2,5 kg, il faut au plus 2 kg", result.message());
        }

        @Test
        void clockDurationsAreConverted() {
            assertEquals(ResultStatus.PASS, status(RESPONSE, "240 min"));
            assertEquals(ResultStatus.FAIL, status(RESPONSE, "241 minutes"));
            assertEquals(ResultStatus.PASS, status(RESPONSE, "4 heures"));
            assertEquals("Délai d'intervention : 1 jour, il faut au plus 4 h", judge(RESPONSE, "1 jour").message());
            assertEquals("Délai d'intervention : unité « mois » inattendue, valeur attendue en h",
                    judge(RESPONSE, "1 mois").message());
        }

        @Test
        void aMissingValueSaysTheMaximum() {
            assertEquals("Poids : non renseigné, il faut au plus 2 kg", judge(WEIGHT, "").message());
        }
    }

    @Nested
    class Range {

        @Test
        void bothBoundsAreInclusive() {
            assertEquals(ResultStatus.PASS, status(WARRANTY, "12 mois"));
            assertEquals(ResultStatus.PASS, status(WARRANTY, "36"));
            assertEquals(ResultStatus.FAIL, status(WARRANTY, "11"));
            assertEquals(ResultStatus.FAIL, status(WARRANTY, "37 mois"));
        }

        @Test
        void yearsAreTwelveMonths() {
            assertEquals("Garantie : 2 ans (entre 12 et 36 mois) — conforme", judge(WARRANTY, "2 ans").message());
            assertEquals(ResultStatus.PASS, status(WARRANTY, "1 an"));
            assertEquals(ResultStatus.PASS, status(WARRANTY, "3 années"));
            assertEquals("Garantie : 4 ans, il faut entre 12 et 36 mois", judge(WARRANTY, "4 ans").message());
            assertEquals("Garantie : 1,5 an (entre 12 et 36 mois) — conforme", judge(WARRANTY, "1,5 an").message());
        }

        @Test
        void outsideTheRangeFailsAndMissingSaysTheRange() {
            assertEquals("Garantie : 6 mois, il faut entre 12 et 36 mois", judge(WARRANTY, "6 mois").message());
            assertEquals("Garantie : non renseigné, il faut entre 12 et 36 mois", judge(WARRANTY, null).message());
        }
    }

    @Nested
    class YesNo {

        @ParameterizedTest
        @ValueSource(strings = {"oui", "OUI", " Oui ", "yes", "true", "TRUE", "1", "vrai"})
        void yesPasses(String typed) {
            CriterionResult result = judge(WIFI, typed);
            assertEquals(ResultStatus.PASS, result.status());
            assertEquals("Wi-Fi intégré : oui — conforme", result.message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"non", "Non", "no", "false", "0", "faux"})
        void noFails(String typed) {
            CriterionResult result = judge(WIFI, typed);
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Wi-Fi intégré : non, alors que le cahier des charges demande oui", result.message());
        }

        @ParameterizedTest
        @ValueSource(strings = {"peut-être", "o", "2", "ouii"})
        void anythingElseFailsAskingForYesOrNo(String typed) {
            CriterionResult result = judge(WIFI, typed);
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Wi-Fi intégré : « " + typed + " », réponse attendue : oui ou non", result.message());
        }

        @Test
        void blankIsMissing() {
            assertEquals("Wi-Fi intégré : non renseigné, réponse attendue : oui ou non", judge(WIFI, " ").message());
            assertEquals(ResultStatus.MISSING, status(WIFI, null));
        }
    }

    @Nested
    class OneOf {

        @Test
        void caseAndSpacesAreIgnoredAndTheChoiceIsShownAsSpecified() {
            assertEquals("Système : Windows — conforme", judge(OS, "windows").message());
            assertEquals(ResultStatus.PASS, status(OS, "  MACOS "));
        }

        @Test
        void accentsCount() {
            assertEquals(ResultStatus.PASS, status(SCREEN, "INTÉGRÉ"));
            assertEquals(ResultStatus.PASS, status(SCREEN, "déporté"));
            assertEquals(ResultStatus.FAIL, status(SCREEN, "integre"));
        }

        @Test
        void anotherChoiceFailsListingThePossibleOnes() {
            CriterionResult result = judge(OS, "Linux");
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Système : « Linux » ne fait pas partie des choix possibles : Windows, macOS", result.message());
        }

        @Test
        void blankIsMissing() {
            assertEquals("Système : non renseigné, choix possibles : Windows, macOS", judge(OS, "").message());
        }
    }

    @Nested
    class AllOf {

        @Test
        void everySeparatorIsRead() {
            assertEquals(ResultStatus.PASS, status(PORTS, "USB; HDMI; VGA"));
            assertEquals(ResultStatus.PASS, status(PORTS, "vga,hdmi,usb"));
            assertEquals(ResultStatus.PASS, status(PORTS, "USB\nHDMI\r\nVGA\n"));
            assertEquals(ResultStatus.PASS, status(PORTS, "USB ; HDMI , VGA ; DisplayPort; Ethernet"));
            assertEquals("Connectique : USB, HDMI, VGA — conforme", judge(PORTS, "usb;hdmi;vga").message());
        }

        @Test
        void theMissingItemsAreListedInTheSpecificationOrder() {
            CriterionResult result = judge(PORTS, "USB; DisplayPort");
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Connectique : il manque HDMI, VGA", result.message());
        }

        @Test
        void anEmptyListIsMissing() {
            assertEquals(ResultStatus.MISSING, status(PORTS, ""));
            assertEquals(ResultStatus.MISSING, status(PORTS, " ; , \n"));
            assertEquals("Connectique : non renseigné, il faut : USB, HDMI, VGA", judge(PORTS, null).message());
        }
    }

    @Nested
    class Text {

        @Test
        void anyAnswerPasses() {
            assertEquals("Conditions de vente : renseigné — conforme", judge(SALES_TERMS, "Voir CGV.").message());
        }

        @Test
        void blankIsMissing() {
            assertEquals(ResultStatus.MISSING, status(SALES_TERMS, "\u00A0 "));
            assertEquals("Conditions de vente : non renseigné", judge(SALES_TERMS, null).message());
        }
    }

    @Nested
    class Prices {

        private CriterionResult judgePrice(PriceComponent component) {
            Map<String, PriceComponent> pricing = new HashMap<>();
            if (component != null) {
                pricing.put(TRAVEL.key(), component);
            }
            return engine.evaluate(new OfferFacts(null, pricing, null), rules(TRAVEL)).result(TRAVEL.key())
                    .orElseThrow();
        }

        @Test
        void zeroMeansIncluded() {
            CriterionResult result = judgePrice(new PriceComponent(BigDecimal.ZERO, null, "Déplacement compris"));
            assertEquals(ResultStatus.PASS, result.status());
            assertEquals("Frais de déplacement : inclus — conforme", result.message());
        }

        @Test
        void anAmountIsShownInEurosExcludingTax() {
            assertEquals("Frais de déplacement : 0,45 € HT / km — conforme",
                    judgePrice(new PriceComponent(n("0.45"), "km", "Au-delà de 20 km")).message());
            assertEquals("Frais de déplacement : 12,50 € HT — conforme",
                    judgePrice(new PriceComponent(n("12.5"), " ", "Forfait")).message());
            assertEquals("Frais de déplacement : 1 200 € HT / an — conforme",
                    judgePrice(new PriceComponent(n("1200.00"), "an", "Forfait annuel")).message());
        }

        @Test
        void aDescriptionWithoutAmountPasses() {
            CriterionResult result = judgePrice(new PriceComponent(null, null, "Sur devis"));
            assertEquals(ResultStatus.PASS, result.status());
            assertEquals("Frais de déplacement : « Sur devis », sans montant chiffré — conforme", result.message());
            assertEquals("Frais de déplacement : « Sur devis selon la distance, voir la… », sans montant chiffré"
                    + " — conforme", judgePrice(new PriceComponent(null, null,
                            "Sur devis\nselon la distance, voir la grille tarifaire en annexe")).message());
        }

        @Test
        void aComponentWithoutDescriptionFails() {
            for (String description : new String[] {null, "", "  "}) {
                CriterionResult result = judgePrice(new PriceComponent(n("30"), "intervention", description));
                assertEquals(ResultStatus.FAIL, result.status());
                assertEquals("Frais de déplacement : description manquante, expliquez ce que couvre ce prix",
                        result.message());
            }
            assertEquals(ResultStatus.FAIL, judgePrice(new PriceComponent(BigDecimal.ZERO, null, null)).status());
        }

        @Test
        void anAbsentComponentIsMissing() {
            CriterionResult result = judgePrice(null);
            assertEquals(ResultStatus.MISSING, result.status());
            assertEquals("Frais de déplacement : non renseigné", result.message());
        }
    }

    @Nested
    class Services {

        private CriterionResult judgeServices(Map<String, ServiceCoverage> services) {
            return engine.evaluate(new OfferFacts(null, null, services), rules(NETWORK_SERVICES))
                    .result(NETWORK_SERVICES.key()).orElseThrow();
        }

        @Test
        void everyServiceCoveredInHouseOrThroughAPartnerPasses() {
            CriterionResult result = judgeServices(Map.of("cabling", ServiceCoverage.DIRECT, "wifi_setup",
                    ServiceCoverage.DIRECT, "backup", ServiceCoverage.VIA_PARTNER, "training", ServiceCoverage.DIRECT));
            assertEquals(ResultStatus.PASS, result.status());
            assertEquals("Services réseau : tous les services sont couverts (2 en propre, 1 via un partenaire) — conforme",
                    result.message());
            assertEquals("Services réseau : tous les services sont couverts (3 via un partenaire) — conforme",
                    judgeServices(Map.of("cabling", ServiceCoverage.VIA_PARTNER, "wifi_setup",
                            ServiceCoverage.VIA_PARTNER, "backup", ServiceCoverage.VIA_PARTNER)).message());
        }

        @Test
        void aPartialCoverageFailsListingTheUncoveredServices() {
            CriterionResult result = judgeServices(Map.of("wifi_setup", ServiceCoverage.DIRECT));
            assertEquals(ResultStatus.FAIL, result.status());
            assertEquals("Services réseau : services non couverts : cabling, backup", result.message());
        }

        @Test
        void noServiceDeclaredIsMissing() {
            CriterionResult result = judgeServices(Map.of());
            assertEquals(ResultStatus.MISSING, result.status());
            assertEquals("Services réseau : non renseigné, services attendus : cabling, wifi_setup, backup",
                    result.message());
        }
    }

    @Nested
    class Verdicts {

        @Test
        void carriesTheCategoryAndTheVersionJudgedAgainst() {
            Verdict verdict = engine.evaluate(OfferFacts.ofAttributes(Map.of("memory", "8")),
                    new SpecificationRules("LAPTOP_MOBILE", 7, List.of(MEMORY)));
            assertEquals("LAPTOP_MOBILE", verdict.categoryCode());
            assertEquals(7, verdict.version());
            assertTrue(verdict.conforming());
        }

        @Test
        void resultsFollowTheOrderOfTheCriteria() {
            Verdict verdict = engine.evaluate(OfferFacts.ofAttributes(Map.of()), rules(WIFI, MEMORY, OS, WARRANTY));
            assertEquals(List.of("wifi", "memory", "os", "warranty"),
                    verdict.results().stream().map(CriterionResult::key).toList());
        }

        @Test
        void unknownAttributesAreReportedSortedAndNeverFail() {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("zeta", "x");
            attributes.put("memory", "8 Go");
            attributes.put("colour", "");
            attributes.put("alpha", "beaucoup");
            Verdict verdict = engine.evaluate(OfferFacts.ofAttributes(attributes), rules(MEMORY));
            assertEquals(List.of("alpha", "colour", "zeta"), verdict.unknownAttributes());
            assertTrue(verdict.conforming());
            assertEquals(1, verdict.results().size());
        }

        @Test
        void anOptionalCriterionNotMetKeepsTheOfferConforming() {
            Criterion optionalWifi = Criterion.bool("wifi", "Wi-Fi intégré", "", false);
            Criterion optionalOs = Criterion.oneOf("os", "Système", "", false, List.of("Windows"));
            Verdict verdict = engine.evaluate(OfferFacts.ofAttributes(Map.of("memory", "8", "wifi", "non")),
                    rules(MEMORY, optionalWifi, optionalOs));
            assertTrue(verdict.conforming());
            assertEquals(ResultStatus.FAIL, verdict.result("wifi").orElseThrow().status());
            assertFalse(verdict.result("wifi").orElseThrow().mandatory());
            assertEquals(ResultStatus.MISSING, verdict.result("os").orElseThrow().status());
            assertEquals(List.of(), verdict.failures());
        }

        @Test
        void aMandatoryCriterionFailedOrMissingMakesTheOfferNonConforming() {
            Verdict verdict = engine.evaluate(OfferFacts.ofAttributes(Map.of("memory", "2", "wifi", "oui")),
                    rules(MEMORY, WIFI, OS, Criterion.text("notes", "Remarques", "", false)));
            assertFalse(verdict.conforming());
            assertEquals(List.of("memory", "os"), verdict.failures().stream().map(CriterionResult::key).toList());
            assertEquals(ResultStatus.MISSING, verdict.result("notes").orElseThrow().status());
            assertTrue(verdict.result("unknown").isEmpty());
        }

        @Test
        void aWholeOfferIsJudgedAcrossAttributesPricesAndServices() {
            Map<String, String> attributes = Map.of("memory", "8 Go", "cpu", "2,4 GHz", "warranty", "3 ans",
                    "wifi", "oui", "os", "Windows", "ports", "USB; HDMI; VGA", "sales_terms", "Échange sous 48 h.");
            Map<String, PriceComponent> pricing = Map.of("travel", new PriceComponent(n("0"), null, "Compris"));
            Map<String, ServiceCoverage> services = Map.of("cabling", ServiceCoverage.DIRECT, "wifi_setup",
                    ServiceCoverage.DIRECT, "backup", ServiceCoverage.VIA_PARTNER);
            Verdict verdict = engine.evaluate(new OfferFacts(attributes, pricing, services),
                    rules(MEMORY, CPU, WARRANTY, WIFI, OS, PORTS, SALES_TERMS, TRAVEL, NETWORK_SERVICES));
            assertTrue(verdict.conforming(), () -> verdict.failures().toString());
            assertTrue(verdict.results().stream().allMatch(r -> r.status() == ResultStatus.PASS));
            assertEquals(List.of(), verdict.unknownAttributes());
        }

        @Test
        void anEmptySpecificationAcceptsAnything() {
            Verdict verdict = engine.evaluate(OfferFacts.ofAttributes(Map.of("memory", "1")),
                    new SpecificationRules("PDA", 1, List.of()));
            assertTrue(verdict.conforming());
            assertEquals(List.of("memory"), verdict.unknownAttributes());
        }

        @Test
        void refusesNothingToJudge() {
            assertThrows(NullPointerException.class, () -> engine.evaluate(null, rules(MEMORY)));
            assertThrows(NullPointerException.class, () -> engine.evaluate(OfferFacts.ofAttributes(null), null));
        }
    }
}
