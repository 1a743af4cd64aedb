package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facts a partner declares: offer attributes, price components (R12), service coverage (R9). */
class OfferFactsTest {

    @Test
    void nullMapsAreEmpty() {
        OfferFacts facts = new OfferFacts(null, null, null);
        assertEquals(Map.of(), facts.attributes());
        assertEquals(Map.of(), facts.pricing());
        assertEquals(Map.of(), facts.services());
    }

    @Test
    void mapsAreUnmodifiableCopiesWithoutOrder() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("memory", "8");
        first.put("wifi", "oui");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("wifi", "oui");
        second.put("memory", "8");
        OfferFacts facts = OfferFacts.ofAttributes(first);
        first.put("disk", "1 To");
        assertEquals(OfferFacts.ofAttributes(second), facts);
        assertThrows(UnsupportedOperationException.class, () -> facts.attributes().put("disk", "1 To"));
    }

    @Test
    void aNullValueIsNotStated() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("memory", null);
        Map<String, ServiceCoverage> services = new HashMap<>();
        services.put("backup", null);
        OfferFacts facts = new OfferFacts(attributes, null, services);
        assertFalse(facts.attributes().containsKey("memory"));
        assertTrue(facts.services().isEmpty());
    }

    @Test
    void refusesAMissingKey() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(null, "8");
        assertThrows(IllegalArgumentException.class, () -> OfferFacts.ofAttributes(attributes));
        assertThrows(IllegalArgumentException.class, () -> OfferFacts.ofAttributes(Map.of(" ", "8")));
    }

    @Test
    void aPriceComponentIsNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new PriceComponent(new BigDecimal("-0.01"), "h", "Main d'œuvre"));
        assertTrue(new PriceComponent(BigDecimal.ZERO, null, "Compris").isIncluded());
        assertFalse(new PriceComponent(null, null, "Sur devis").isIncluded());
        assertFalse(new PriceComponent(BigDecimal.TEN, null, " ").isDescribed());
        assertNull(new PriceComponent(BigDecimal.TEN, "  ", null).unit());
        assertEquals("heure", new PriceComponent(BigDecimal.TEN, " heure ", null).unit());
    }

    @Test
    void serviceCoverageReadsNamesAndTheTermsOfUseWords() {
        assertEquals(Optional.of(ServiceCoverage.DIRECT), ServiceCoverage.parse("direct"));
        assertEquals(Optional.of(ServiceCoverage.DIRECT), ServiceCoverage.parse(" DIRECT "));
        assertEquals(Optional.of(ServiceCoverage.VIA_PARTNER), ServiceCoverage.parse("via_partner"));
        assertEquals(Optional.of(ServiceCoverage.VIA_PARTNER), ServiceCoverage.parse("Via Partner"));
        assertEquals(Optional.of(ServiceCoverage.DIRECT), ServiceCoverage.parse("Savoir-faire"));
        assertEquals(Optional.of(ServiceCoverage.VIA_PARTNER), ServiceCoverage.parse("savoir faire faire"));
        assertEquals(Optional.empty(), ServiceCoverage.parse("partner"));
        assertEquals(Optional.empty(), ServiceCoverage.parse(" "));
        assertEquals(Optional.empty(), ServiceCoverage.parse(null));
    }
}
