package fr.catalogue.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.Criterion;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.specification.SpecificationRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every offer meets to be saved at all, even as a draft (R12, R13, R15); conformance (R11) is apart. */
class OfferRulesTest {

    private static final SpecificationRules PC = new SpecificationRules("PC_DESKTOP", 2, List.of(
            Criterion.min("memory", "Mémoire vive", "La mémoire de travail.", true, "Go", new BigDecimal("8")),
            Criterion.bool("wifi", "Wi-Fi", "Connexion sans fil.", false),
            Criterion.priceComponent("extra_costs", "Frais annexes", "Déplacement, fournitures.", true)));
    private static final String SITE = "https://www.armor-informatique.fr";

    private static OfferInput input(String title, String description, String price, Map<String, String> attributes,
                                    Map<String, PriceComponent> pricing, List<String> links) {
        return new OfferInput("PC_DESKTOP", title, description, price == null ? null : new BigDecimal(price), attributes,
                pricing, Map.of(), links);
    }

    private static OfferInput valid() {
        return input("PC Armor Pro", "Un PC de bureau pour la TPE.", "799.9", Map.of("memory", "16 Go"), Map.of(),
                List.of());
    }

    private static String refusedField(OfferInput input) {
        return assertThrows(InvalidInputException.class, () -> OfferRules.check(input, PC, SITE)).field();
    }

    @Test
    void aValidInputIsTidied() {
        OfferInput checked = OfferRules.check(input("  PC Armor Pro ", " Un PC. ", "799.9",
                new LinkedHashMap<>(Map.of("memory", " 16 Go ", "wifi", "  ")), Map.of(),
                Arrays.asList("", "https://www.armor-informatique.fr/pc", null)), PC, SITE);
        assertEquals("PC Armor Pro", checked.title());
        assertEquals("Un PC.", checked.description());
        assertEquals(new BigDecimal("799.90"), checked.priceExclVat());
        assertEquals(Map.of("memory", "16 Go"), checked.attributes(), "blank answers are not stated");
        assertEquals(List.of("https://www.armor-informatique.fr/pc"), checked.links(), "blank rows dropped");
    }

    @Test
    void theCategoryTitleAndDescriptionAreRequiredWithinTheirLengths() {
        assertEquals("category", assertThrows(InvalidInputException.class, () -> OfferRules.check(
                new OfferInput(" ", "PC", "d", BigDecimal.ONE, null, null, null, null), PC, SITE)).field());
        assertEquals("title", refusedField(input(null, "d", "1", Map.of(), Map.of(), List.of())));
        assertEquals("title", refusedField(input("PC", "d", "1", Map.of(), Map.of(), List.of())));
        assertEquals("title", refusedField(input("x".repeat(201), "d", "1", Map.of(), Map.of(), List.of())));
        assertEquals("description", refusedField(input("PC Pro", "  ", "1", Map.of(), Map.of(), List.of())));
        assertEquals("description", refusedField(input("PC Pro", "x".repeat(10_001), "1", Map.of(), Map.of(),
                List.of())));
    }

    @Test
    void thePriceIsPositiveOrZeroInEurosAndCents() {
        assertEquals("priceExclVat", refusedField(input("PC Pro", "d", null, Map.of(), Map.of(), List.of())));
        assertEquals("priceExclVat", refusedField(input("PC Pro", "d", "-1", Map.of(), Map.of(), List.of())));
        InvalidInputException cents = assertThrows(InvalidInputException.class,
                () -> OfferRules.check(input("PC Pro", "d", "10.005", Map.of(), Map.of(), List.of()), PC, SITE));
        assertTrue(cents.getMessage().contains("deux décimales"), cents.getMessage());
        assertEquals("priceExclVat", refusedField(input("PC Pro", "d", "10000000000", Map.of(), Map.of(), List.of())));
        assertEquals(new BigDecimal("0.00"), OfferRules.check(input("PC Pro", "d", "0", Map.of(), Map.of(), List.of()),
                PC, SITE).priceExclVat());
        assertEquals(new BigDecimal("12.50"), OfferRules.check(input("PC Pro", "d", "12.500", Map.of(), Map.of(),
                List.of()), PC, SITE).priceExclVat(), "trailing zeros are not cents");
    }

    @Test
    void attributesAreCriteriaOfTheVersionInForce() {
        assertEquals("attributes.colour", refusedField(input("PC Pro", "d", "1", Map.of("colour", "noir"), Map.of(),
                List.of())));
        assertEquals("attributes.extra_costs", refusedField(input("PC Pro", "d", "1", Map.of("extra_costs", "10"),
                Map.of(), List.of())), "a price component is stated in the pricing, not as an attribute");
        assertEquals("attributes.memory", refusedField(input("PC Pro", "d", "1", Map.of("memory", "x".repeat(1001)),
                Map.of(), List.of())));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> OfferRules.check(
                input("PC Pro", "d", "1", Map.of("memory", "8 Go"), Map.of(), List.of()), null, SITE));
        assertEquals("attributes.memory", none.field());
        assertTrue(none.getMessage().contains("Aucun cahier des charges"), none.getMessage());
    }

    @Test
    void aNonConformingValueIsStillAcceptedForADraft() {
        OfferInput checked = OfferRules.check(input("PC Pro", "d", "1", Map.of("memory", "2 Go"), Map.of(), List.of()),
                PC, SITE);
        assertEquals("2 Go", checked.attributes().get("memory"), "R11: judged when publishing, not here");
    }

    @Test
    void priceComponentsHaveValidKeysAndAmountsAndEmptyRowsAreDropped() {
        Map<String, PriceComponent> pricing = new LinkedHashMap<>();
        pricing.put("extra_costs", new PriceComponent(new BigDecimal("0"), " ", "Déplacement inclus"));
        pricing.put("packages_options", new PriceComponent(null, "", " "));
        OfferInput checked = OfferRules.check(input("PC Pro", "d", "1", Map.of(), pricing, List.of()), PC, SITE);
        assertEquals(Map.of("extra_costs", new PriceComponent(new BigDecimal("0.00"), null, "Déplacement inclus")),
                checked.pricing());
        assertEquals("pricing.Frais", refusedField(input("PC Pro", "d", "1", Map.of(),
                Map.of("Frais", new PriceComponent(BigDecimal.ONE, null, "x")), List.of())));
        assertEquals("pricing.extra_costs", refusedField(input("PC Pro", "d", "1", Map.of(),
                Map.of("extra_costs", new PriceComponent(new BigDecimal("1.234"), null, "x")), List.of())));
        assertEquals("pricing.extra_costs", refusedField(input("PC Pro", "d", "1", Map.of(),
                Map.of("extra_costs", new PriceComponent(BigDecimal.ONE, "u".repeat(61), "x")), List.of())));
    }

    @Test
    void servicesHaveValidKeys() {
        OfferInput bad = new OfferInput("PC_DESKTOP", "PC Pro", "d", BigDecimal.ONE, Map.of(), Map.of(),
                Map.of("Audit du parc", ServiceCoverage.DIRECT), List.of());
        assertEquals("services.Audit du parc", refusedField(bad));
        OfferInput good = new OfferInput("PC_DESKTOP", "PC Pro", "d", BigDecimal.ONE, Map.of(), Map.of(),
                Map.of("audit_advice", ServiceCoverage.VIA_PARTNER), List.of());
        assertEquals(Map.of("audit_advice", ServiceCoverage.VIA_PARTNER), OfferRules.check(good, PC, SITE).services());
    }

    @Test
    void linksLeadToPagesOfThePartnersOwnSite() {
        for (String own : List.of("https://www.armor-informatique.fr/pc", "http://armor-informatique.fr",
                "https://boutique.armor-informatique.fr/offres?id=3", "HTTPS://WWW.ARMOR-INFORMATIQUE.FR/x")) {
            assertEquals(List.of(own), OfferRules.check(input("PC Pro", "d", "1", Map.of(), Map.of(), List.of(own)),
                    PC, SITE).links(), own);
        }
        for (String other : List.of("https://www.concurrent.fr/pc", "https://armor-informatique.fr.evil.com/",
                "https://notarmor-informatique.fr/", "ftp://armor-informatique.fr/x", "/relative/page",
                "javascript:alert(1)", "https://user@armor-informatique.fr/", "pas une adresse")) {
            assertEquals("links[1]", refusedField(input("PC Pro", "d", "1", Map.of(), Map.of(),
                    List.of("https://www.armor-informatique.fr/", other))), other);
        }
    }

    @Test
    void withoutAWebsiteAnyWebAddressIsAcceptedButNeverAnotherScheme() {
        assertEquals(List.of("https://ailleurs.fr/x"), OfferRules.check(input("PC Pro", "d", "1", Map.of(), Map.of(),
                List.of("https://ailleurs.fr/x")), PC, null).links());
        assertThrows(InvalidInputException.class, () -> OfferRules.check(input("PC Pro", "d", "1", Map.of(), Map.of(),
                List.of("mailto:contact@ailleurs.fr")), PC, null));
    }

    @Test
    void atMostTenDistinctLinks() {
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(SITE + "/page" + i);
        }
        assertEquals("links", refusedField(input("PC Pro", "d", "1", Map.of(), Map.of(), eleven)));
        assertEquals(10, OfferRules.check(input("PC Pro", "d", "1", Map.of(), Map.of(), eleven.subList(0, 10)), PC,
                SITE).links().size());
        assertEquals("links[1]", refusedField(input("PC Pro", "d", "1", Map.of(), Map.of(),
                List.of(SITE + "/a", SITE + "/a"))));
        assertEquals("links[0]", refusedField(input("PC Pro", "d", "1", Map.of(), Map.of(),
                List.of(SITE + "/" + "a".repeat(500)))));
    }

    @Test
    void aPageOfThePartnersSiteIsOnItsHostOrASubdomainWwwIgnored() {
        String website = "https://www.etiquettes.example/";
        assertTrue(OfferRules.isOnPartnerSite("https://etiquettes.example/offre", website));
        assertTrue(OfferRules.isOnPartnerSite("http://boutique.etiquettes.example/a?b=c", website));
        assertTrue(OfferRules.isOnPartnerSite("https://WWW.Etiquettes.Example/", website));
        assertFalse(OfferRules.isOnPartnerSite("https://etiquettes.example.evil.example/", website));
        assertFalse(OfferRules.isOnPartnerSite("https://autre-etiquettes.example/", website));
        assertFalse(OfferRules.isOnPartnerSite("ftp://etiquettes.example/", website));
        assertFalse(OfferRules.isOnPartnerSite("https://user@etiquettes.example/", website));
        assertFalse(OfferRules.isOnPartnerSite("https://etiquettes.example/", null), "no declared site: no site page");
    }
}
