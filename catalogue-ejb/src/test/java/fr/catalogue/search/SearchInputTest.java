package fr.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.catalogue.category.Family;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.specification.Criterion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search's parameters: blank means no filter; a bad value is refused naming the parameter, in French. */
class SearchInputTest {

    private static InvalidInputException refused(Runnable reading) {
        return assertThrows(InvalidInputException.class, reading::run);
    }

    @Test
    void readsGoodValues() {
        assertEquals(Family.TELECOM, SearchInput.family("family", "telecom"));
        assertEquals(new BigDecimal("1500.50"), SearchInput.price("priceMin", "1 500,50"));
        assertEquals("01", SearchInput.department("department", "1"));
        assertEquals("2A", SearchInput.department("department", "2a"));
        assertEquals("53", SearchInput.region("region", "53"));
        assertEquals(PartnerKind.ADVISER, SearchInput.kind("kind", "adviser"));
        assertEquals(SearchSort.PRICE_DESC, SearchInput.sort("sort", "prix-desc"));
        assertEquals(12L, SearchInput.partner("partner", "12"));
        assertNull(SearchInput.family("family", " "));
        assertNull(SearchInput.text("q", "  "));
        assertArrayEquals(new BigDecimal[] {new BigDecimal("500"), new BigDecimal("999.99")},
                SearchInput.priceFacet("price", "500-1000"));
    }

    @Test
    void refusesBadValuesNamingTheParameterInFrench() {
        assertEquals("Famille inconnue : « toaster ».", refused(() -> SearchInput.family("family", "toaster")).getMessage());
        assertEquals("priceMin", refused(() -> SearchInput.price("priceMin", "-5")).field());
        assertEquals("« abc » n'est pas un montant en euros.", refused(() -> SearchInput.price("prixMin", "abc")).getMessage());
        assertEquals("prixMin", refused(() -> SearchInput.price("prixMin", "1.001")).field());
        assertEquals("priceMax", refused(() -> SearchInput.priceRange("priceMax", BigDecimal.TEN, BigDecimal.ONE)).field());
        assertEquals("Département inconnu : « 999 ».", refused(() -> SearchInput.department("department", "999")).getMessage());
        assertEquals("region", refused(() -> SearchInput.region("region", "99")).field());
        assertEquals("kind", refused(() -> SearchInput.kind("kind", "BAKER")).field());
        assertEquals("sort", refused(() -> SearchInput.sort("sort", "alphabet")).field());
        assertEquals("partner", refused(() -> SearchInput.partner("partner", "x")).field());
        assertEquals("q", refused(() -> SearchInput.text("q", "a".repeat(201))).field());
        assertEquals("price", refused(() -> SearchInput.priceFacet("price", "beaucoup")).field());
    }

    @Test
    void aCriterionFilterNeedsItsCategoryAndAValueOfItsType() {
        CriterionFacet memory = CriterionFacet.of(Criterion.min("memory", "Mémoire vive", "", true, "Go",
                new BigDecimal("8"))).orElseThrow();
        assertEquals("8-16", SearchInput.criterion("criterion.memory", "memory", " 8-16 ", "PC_DESKTOP", memory));
        assertEquals("Choisissez une catégorie pour filtrer sur ses critères.",
                refused(() -> SearchInput.criterion("criterion.memory", "memory", "8-16", null, memory)).getMessage());
        assertEquals("criterion.colour",
                refused(() -> SearchInput.criterion("criterion.colour", "colour", "noir", "PC_DESKTOP", null)).field());
        assertEquals("criterion.memory",
                refused(() -> SearchInput.criterion("criterion.memory", "memory", "beaucoup", "PC_DESKTOP", memory)).field());
    }

    @Test
    void criteriaFacetsReadTheTypedValuesAsTheEngineDoes() {
        CriterionFacet memory = CriterionFacet.of(Criterion.min("memory", "Mémoire vive", "", true, "Go",
                new BigDecimal("8"))).orElseThrow();
        assertEquals(List.of("-8", "8-16", "16-32", "32-"), memory.ranges().stream().map(CriterionFacet.Range::value).toList());
        assertEquals("de 8 à 16 Go", memory.ranges().get(1).label("Go"));
        assertEquals(16.0, memory.number("16 Go").orElseThrow());
        assertEquals(2000.0, CriterionFacet.of(Criterion.min("disk", "Disque", "", true, "Go", new BigDecimal("500")))
                .orElseThrow().number("2 To").orElseThrow(), "converted to the criterion's unit");
        CriterionFacet os = CriterionFacet.of(Criterion.oneOf("os", "Système", "", true, List.of("Windows", "Linux")))
                .orElseThrow();
        assertEquals(List.of("Linux"), List.copyOf(os.valuesOf(" linux ")));
        CriterionFacet wifi = CriterionFacet.of(Criterion.bool("wifi", "Wi-Fi", "", true)).orElseThrow();
        assertEquals(List.of("oui"), List.copyOf(wifi.valuesOf("Oui")));
        assertEquals(List.of("-1", "1-2", "2-"), CriterionFacet.of(Criterion.max("weight", "Poids", "", true, "kg",
                new BigDecimal("2"))).orElseThrow().ranges().stream().map(CriterionFacet.Range::value).toList());
        assertEquals(List.of(), CriterionFacet.of(Criterion.text("terms", "Conditions", "", true)).stream().toList());
    }
}
