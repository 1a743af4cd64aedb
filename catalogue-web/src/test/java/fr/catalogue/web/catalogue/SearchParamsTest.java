package fr.catalogue.web.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.category.Family;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.search.SearchQuery;
import fr.catalogue.search.SearchSort;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search page's address ⇄ the search query: keepable links, bad values as French messages. */
class SearchParamsTest {

    private static final Set<String> CATEGORIES = Set.of("PRINTER", "PC_DESKTOP");

    private static SearchParams params(String... pairs) {
        Map<String, String[]> raw = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            raw.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return SearchParams.of(raw);
    }

    @Test
    void everyContractParameterBecomesItsFilter() {
        SearchParams.Reading reading = params("q", " imprimante laser ", "famille", "equipment", "categorie", "printer",
                "prixMin", "100", "prixMax", "499,90", "departement", "35", "region", "53", "type", "EQUIPMENT_MAKER",
                "crit.memory", "8-", "tri", "prix-desc", "page", "3").read(CATEGORIES, 20);

        SearchQuery query = reading.query();
        assertEquals(List.of(), reading.problems());
        assertEquals("imprimante laser", query.text());
        assertEquals(Family.EQUIPMENT, query.family());
        assertEquals("PRINTER", query.category());
        assertEquals(0, new BigDecimal("100").compareTo(query.priceMin()));
        assertEquals(0, new BigDecimal("499.90").compareTo(query.priceMax()));
        assertEquals("35", query.department());
        assertEquals("53", query.region());
        assertEquals(PartnerKind.EQUIPMENT_MAKER, query.kind());
        assertEquals(Map.of("memory", "8-"), query.criteria());
        assertEquals(SearchSort.PRICE_DESC, query.sort());
        assertEquals(2, query.page().page(), "page 3 of the address is the third page");
        assertEquals(20, query.page().size());
    }

    @Test
    void theKeptParametersMakeACanonicalKeepableAddress() {
        SearchParams kept = params("tri", "PRIX", "categorie", "printer", "q", "l'imprimante réseau", "ignored", "x",
                "crit.speed", "20-").read(CATEGORIES, 20).kept();

        assertEquals("q=l%27imprimante+r%C3%A9seau&categorie=PRINTER&crit.speed=20-&tri=prix", kept.query());
        assertEquals("/index.xhtml?q=l%27imprimante+r%C3%A9seau&categorie=PRINTER&crit.speed=20-&tri=prix",
                kept.href("/index.xhtml"));
        assertEquals("", SearchParams.empty().query());
        assertEquals("/index.xhtml", SearchParams.empty().href("/index.xhtml"));
    }

    @Test
    void changingAFilterStartsAgainFromTheFirstPage() {
        SearchParams onPage4 = params("q", "pc", "page", "4");

        assertEquals("q=pc&categorie=PRINTER", onPage4.with("categorie", "PRINTER").query());
        assertEquals("", onPage4.without("q").query());
        assertEquals("q=pc&page=5", onPage4.onPage(5).query());
        assertEquals("q=pc", onPage4.onPage(1).query());
        assertEquals(4, onPage4.page());
    }

    @Test
    void theDepartementsListedAreThoseOfTheChosenRegionAndTheChosenOne() {
        SearchParams none = params("q", "pc");
        assertFalse(none.showsDepartment("35"), "without a region, the page offers the regions first");
        SearchParams bretagne = params("q", "pc", "region", "53");
        for (String code : List.of("22", "29", "35", "56")) {
            assertTrue(bretagne.showsDepartment(code), code);
        }
        assertFalse(bretagne.showsDepartment("69"), "Rhône is not in Bretagne");
        assertFalse(bretagne.showsDepartment("999"));
        SearchParams rhone = params("q", "pc", "departement", "69");
        assertTrue(rhone.showsDepartment("69"), "the chosen one, so it can be removed");
        assertFalse(rhone.showsDepartment("35"));
        assertTrue(params("departement", "2a").showsDepartment("2A"));
        assertFalse(none.showsDepartment(null));
    }

    @Test
    void facetValuesMapToTheirParametersAndPriceRangesToTwoBounds() {
        SearchParams base = params("q", "pc");

        assertEquals("q=pc&famille=TELECOM", base.withFacet("family", "TELECOM").query());
        assertEquals("q=pc&departement=2A", base.withFacet("department", "2A").query());
        assertEquals("q=pc&crit.memory=16", base.withFacet("criterion.memory", "16").query());
        assertEquals("q=pc&type=ADVISER", base.withFacet("kind", "ADVISER").query());
        SearchParams priced = base.withFacet("price", "500-1000");
        assertEquals("q=pc&prixMin=500&prixMax=1000", priced.query());
        assertTrue(priced.isActive("price", "500-1000"));
        assertEquals("q=pc&prixMin=5000", base.withFacet("price", "5000-").query());
        assertTrue(base.withFacet("price", "5000-").isActive("price", "5000-"));
        assertTrue(base.withFacet("region", "53").isActive("region", "53"));
        assertEquals("q=pc", base.withFacet("unknown", "x").query());
    }

    @Test
    void badValuesAreLeftOutWithAFrenchMessageNeverAnError() {
        SearchParams.Reading reading = params("categorie", "TOASTER", "famille", "jardin", "prixMin", "abc",
                "prixMax", "-5", "departement", "999", "region", "99", "type", "ROBOT", "crit.Bad-Key", "1",
                "tri", "hasard", "page", "0").read(CATEGORIES, 20);

        assertEquals(10, reading.problems().size(), reading.problems().toString());
        assertTrue(reading.problems().contains("La catégorie « TOASTER » n'existe pas : ce filtre est ignoré."));
        assertTrue(reading.problems().contains("La page « 0 » n'existe pas : voici la première page."));
        assertTrue(reading.problems().stream().anyMatch(p -> p.startsWith("« abc » n'est pas un prix minimum valide")));
        SearchQuery query = reading.query();
        assertNull(query.category());
        assertNull(query.family());
        assertNull(query.priceMin());
        assertNull(query.priceMax());
        assertNull(query.department());
        assertNull(query.region());
        assertNull(query.kind());
        assertEquals(Map.of(), query.criteria());
        assertEquals(0, query.page().page());
        assertEquals("", reading.kept().query(), "no bad value is carried into the links");
    }

    @Test
    void aMinimumAboveTheMaximumDropsThePriceFilter() {
        SearchParams.Reading reading = params("prixMin", "900", "prixMax", "100").read(CATEGORIES, 20);

        assertEquals(List.of("Le prix minimum dépasse le prix maximum : le filtre de prix est ignoré."), reading.problems());
        assertNull(reading.query().priceMin());
        assertEquals("", reading.kept().query());
    }

    @Test
    void aTooLongTextIsCutAndAHugePageRefused() {
        SearchParams.Reading reading = params("q", "a".repeat(300), "page", "100000").read(CATEGORIES, 20);

        assertEquals(SearchParams.MAX_TEXT, reading.query().text().length());
        assertEquals(2, reading.problems().size());
        assertEquals(0, reading.query().page().page());
    }

    @Test
    void blankAndUnknownParametersAreIgnoredSilently() {
        SearchParams.Reading reading = params("q", "  ", "categorie", "", "jsessionid", "x").read(CATEGORIES, 20);

        assertEquals(List.of(), reading.problems());
        assertNull(reading.query().text());
        assertEquals(SearchSort.NEWEST, reading.query().sort(), "without words, newest first");
    }
}
