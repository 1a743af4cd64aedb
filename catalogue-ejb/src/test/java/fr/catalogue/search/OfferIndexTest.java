package fr.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.category.Family;
import fr.catalogue.common.PageRequest;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.specification.Criterion;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search's French reading, typo tolerance, filters, facet counts and sorts, on an in-memory index. */
class OfferIndexTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private OfferIndex index;

    @BeforeEach
    void fill() {
        index = new OfferIndex(new ByteBuffersDirectory());
        index.useCriteria(Map.of("PRINTER", List.of(
                CriterionFacet.of(Criterion.min("speed", "Vitesse d'impression", "", true, "ppm", new BigDecimal("20")))
                        .orElseThrow(),
                CriterionFacet.of(Criterion.bool("duplex", "Recto verso", "", true)).orElseThrow(),
                CriterionFacet.of(Criterion.allOf("ports", "Connectique", "", false, List.of("USB", "Ethernet", "Wi-Fi")))
                        .orElseThrow())));
        // Rennes (35, Bretagne) and Lyon (69, Auvergne-Rhône-Alpes)
        index.put(offer(1, "Imprimante laser couleur", "Une <b>imprimante</b> rapide pour le bureau.", "PRINTER",
                "Imprimante", "EQUIPMENT", 10, "Bureautique Rennaise", "Rennes", "35000", "EQUIPMENT_MAKER", "450.00", 1,
                Map.of("speed", "25 ppm", "duplex", "oui", "ports", "USB, Ethernet")));
        index.put(offer(2, "Imprimantes multifonctions", "Deux imprimantes pour les petites entreprises.", "PRINTER",
                "Imprimante", "EQUIPMENT", 10, "Bureautique Rennaise", "Rennes", "35000", "EQUIPMENT_MAKER", "1200.00", 2,
                Map.of("speed", "45", "duplex", "non", "ports", "USB")));
        index.put(offer(3, "Installation réseau local", "Câblage et réseau pour votre entreprise.", "NETWORK_LAN_WIRED",
                "Réseau local filaire", "EQUIPMENT", 20, "Réseaux du Rhône", "Lyon", "69001", "SERVER_NETWORK_VENDOR",
                "800.00", 3, Map.of()));
        index.put(offer(4, "L'imprimante d'étiquettes", "Étiquettes adhésives.", "LABEL_PRINTER",
                "Imprimante d'étiquettes", "EQUIPMENT", 20, "Réseaux du Rhône", "Lyon", "69001", "SERVER_NETWORK_VENDOR",
                "99.00", 4, Map.of()));
        index.put(offer(5, "Accès Internet très haut débit", "Fibre optique pour les professionnels.", "INTERNET_ACCESS",
                "Accès Internet", "INTERNET", 30, "Fibre Ouest", "Brest", "29200", "INTERNET_PROVIDER", "39.90", 5, Map.of()));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static IndexedOffer offer(long id, String title, String description, String category, String categoryName,
            String family, long partner, String partnerName, String town, String postcode, String kind, String price,
            int day, Map<String, String> attributes) {
        return new IndexedOffer(id, title, description.replaceAll("<[^>]+>", ""), category, categoryName, family, partner,
                partnerName, town, postcode, kind, new BigDecimal(price), T0.plusSeconds(86_400L * day), attributes);
    }

    private List<Long> ids(SearchQuery query) {
        return index.search(query).page().items().stream().map(OfferHit::id).toList();
    }

    private List<Long> found(String text) {
        return ids(SearchQuery.builder().text(text).build()).stream().sorted().toList();
    }

    private static Map<String, Long> counts(SearchResult result, String facet) {
        return result.facets().get(facet).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    @Test
    void pluralsElisionsAndCaseDoNotMatter() {
        List<Long> expected = List.of(1L, 2L, 4L);
        assertEquals(expected, found("imprimante"));
        assertEquals(expected, found("imprimantes"));
        assertEquals(expected, found("l'imprimante"));
        assertEquals(expected, found("IMPRIMANTE"));
    }

    @Test
    void accentsDoNotMatter() {
        assertEquals(List.of(3L, 4L), found("reseau"));
        assertEquals(List.of(3L, 4L), found("RÉSEAUX"));
        assertEquals(List.of(4L), found("etiquettes"));
    }

    @Test
    void everyWordMustBeFoundInSomeField() {
        assertEquals(List.of(1L, 2L), found("imprimante Rennes"), "the partner's town is searched");
        assertEquals(List.of(5L), found("fibre brest"));
        assertEquals(List.of(), found("imprimante brest"));
        assertEquals(List.of(1L), found("ethernet"), "the criteria values are searched");
    }

    @Test
    void aSmallTypoIsForgivenButScoresBelowExactMatches() {
        assertEquals(List.of(1L, 2L, 4L), found("imprimnte"));
        assertEquals(List.of(5L), found("internett"));
        assertEquals(List.of(), found("ipmrimnate"), "two edits are too many");
        assertEquals(List.of(5L), found("fibxe ouest"), "one edit in five letters");
        assertEquals(List.of(), found("fbre ouest"), "four letters must be exact");

        index.put(offer(7, "Ordinateur portable léger", "Pour les déplacements.", "PC_LAPTOP_MOBILE", "PC portable",
                "EQUIPMENT", 30, "Fibre Ouest", "Brest", "29200", "INTERNET_PROVIDER", "700.00", 8, Map.of()));
        index.refresh();
        assertEquals(List.of(7L), found("ordinatuer"), "a transposition, whose stem differs more");
        assertEquals(List.of(7L), found("portbles"));
        index.remove(7);
        index.put(offer(6, "Imprimande express", "Une offre au titre mal orthographié.", "PRINTER", "Imprimante",
                "EQUIPMENT", 10, "Bureautique Rennaise", "Rennes", "35000", "EQUIPMENT_MAKER", "10.00", 9, Map.of()));
        index.refresh();
        List<Long> ranked = ids(SearchQuery.builder().text("imprimande").build());
        assertEquals(6L, ranked.get(0), "the exact word first");
        assertTrue(ranked.containsAll(List.of(1L, 2L, 4L)), ranked::toString);
    }

    @Test
    void aWordCommonInTheCatalogueIsTakenAsTypedWhileARareOneStillForgivesATypo() {
        for (long id = 100; id < 100 + OfferIndex.COMMON_WORD_MIN_OFFERS; id++) {
            index.put(offer(id, "Routeur de bureau " + id, "Numérise vite.", "PRINTER", "Imprimante", "EQUIPMENT", 10,
                    "Bureautique Rennaise", "Rennes", "35000", "EQUIPMENT_MAKER", "90.00", 3, Map.of()));
        }
        index.put(offer(99, "Rooteur compact", "Une offre au titre mal orthographié.", "PRINTER", "Imprimante",
                "EQUIPMENT", 10, "Bureautique Rennaise", "Rennes", "35000", "EQUIPMENT_MAKER", "80.00", 3, Map.of()));
        index.refresh();
        List<Long> common = ids(SearchQuery.builder().text("routeur").page(new PageRequest(0, 50)).build());
        assertEquals(OfferIndex.COMMON_WORD_MIN_OFFERS, common.size(), "a common word: its exact matches only");
        assertTrue(!common.contains(99L), common::toString);
        List<Long> rare = ids(SearchQuery.builder().text("rooteur").page(new PageRequest(0, 50)).build());
        assertEquals(99L, rare.get(0), "a rare word: its exact match first");
        assertEquals(OfferIndex.COMMON_WORD_MIN_OFFERS + 1, rare.size(), "then the offers one edit away");
    }

    @Test
    void onlyStopWordsMatchEveryOffer() {
        assertEquals(5, index.search(SearchQuery.builder().text("le de la").build()).page().total());
    }

    @Test
    void facetsCountTheMatchingOffersWithFrenchLabels() {
        SearchResult result = index.search(SearchQuery.builder().build());
        assertEquals(5, result.page().total());
        assertEquals(Map.of("EQUIPMENT", 4L, "INTERNET", 1L), counts(result, Facets.FAMILY));
        assertEquals(Map.of("PRINTER", 2L, "NETWORK_LAN_WIRED", 1L, "LABEL_PRINTER", 1L, "INTERNET_ACCESS", 1L),
                counts(result, Facets.CATEGORY));
        assertEquals(Map.of("35", 2L, "69", 2L, "29", 1L), counts(result, Facets.DEPARTMENT));
        assertEquals(Map.of("53", 3L, "84", 2L), counts(result, Facets.REGION));
        assertEquals(Map.of("EQUIPMENT_MAKER", 2L, "SERVER_NETWORK_VENDOR", 2L, "INTERNET_PROVIDER", 1L),
                counts(result, Facets.KIND));
        assertEquals(Map.of("-100", 2L, "250-500", 1L, "500-1000", 1L, "1000-2500", 1L), counts(result, Facets.PRICE));

        FacetValue printers = result.facets().get(Facets.CATEGORY).get(0);
        assertEquals(new FacetValue("PRINTER", "Imprimante", 2), printers, "the most frequent first");
        assertTrue(result.facets().get(Facets.DEPARTMENT).stream().anyMatch(v -> v.label().equals("Ille-et-Vilaine (35)")));
        assertTrue(result.facets().get(Facets.REGION).stream().anyMatch(v -> v.label().equals("Bretagne")));
        assertTrue(result.facets().get(Facets.FAMILY).stream().anyMatch(v -> v.label().equals("Équipements")));
        assertTrue(result.facets().get(Facets.KIND).stream()
                .anyMatch(v -> v.label().equals(PartnerKind.INTERNET_PROVIDER.label())));
        assertEquals("moins de 100 €", result.facets().get(Facets.PRICE).get(0).label());
        assertFalse(result.facets().containsKey("criterion.speed"), "criteria only once a category is chosen");
    }

    @Test
    void aFacetsCountsIgnoreItsOwnFilterButNotTheOthers() {
        SearchResult result = index.search(SearchQuery.builder().region("53").build());
        assertEquals(3, result.page().total());
        assertEquals(Map.of("53", 3L, "84", 2L), counts(result, Facets.REGION), "drill sideways");
        assertEquals(Map.of("35", 2L, "29", 1L), counts(result, Facets.DEPARTMENT), "filtered by the region");
        assertEquals(Map.of("EQUIPMENT", 2L, "INTERNET", 1L), counts(result, Facets.FAMILY));

        SearchResult both = index.search(SearchQuery.builder().region("53").family(Family.INTERNET).build());
        assertEquals(List.of(5L), both.page().items().stream().map(OfferHit::id).toList());
        assertEquals(Map.of("53", 1L, "84", 0L).entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), counts(both, Facets.REGION));
        assertEquals(Map.of("EQUIPMENT", 2L, "INTERNET", 1L), counts(both, Facets.FAMILY));
    }

    @Test
    void theChosenCategoryShowsItsCriteriaAsFacetsAndFiltersOnThem() {
        SearchResult printers = index.search(SearchQuery.builder().category("PRINTER").build());
        assertEquals(Map.of("20-40", 1L, "40-80", 1L), counts(printers, "criterion.speed"));
        assertEquals("de 20 à 40 ppm", printers.facets().get("criterion.speed").get(0).label());
        assertEquals(List.of(new FacetValue("oui", "Oui", 1), new FacetValue("non", "Non", 1)),
                printers.facets().get("criterion.duplex"));
        assertEquals(Map.of("USB", 2L, "Ethernet", 1L), counts(printers, "criterion.ports"));

        assertEquals(List.of(1L), ids(SearchQuery.builder().category("PRINTER").criterion("duplex", "oui").build()));
        assertEquals(List.of(2L), ids(SearchQuery.builder().category("PRINTER").criterion("speed", "40-").build()));
        SearchResult usb = index.search(SearchQuery.builder().category("PRINTER").criterion("ports", "Ethernet").build());
        assertEquals(List.of(1L), usb.page().items().stream().map(OfferHit::id).toList());
        assertEquals(Map.of("USB", 2L, "Ethernet", 1L), counts(usb, "criterion.ports"), "its own filter ignored");
        assertEquals(Map.of("oui", 1L), counts(usb, "criterion.duplex"));
    }

    @Test
    void filtersOnPriceKindAndPartner() {
        assertEquals(List.of(4L, 5L), ids(SearchQuery.builder().priceMax(new BigDecimal("99.00"))
                .sort(SearchSort.PRICE_DESC).build()));
        assertEquals(List.of(3L, 1L), ids(SearchQuery.builder().priceMin(new BigDecimal("450"))
                .priceMax(new BigDecimal("800")).sort(SearchSort.PRICE_DESC).build()));
        assertEquals(List.of(4L, 3L), ids(SearchQuery.builder().kind(PartnerKind.SERVER_NETWORK_VENDOR).build()));
        assertEquals(List.of(2L, 1L), ids(SearchQuery.builder().partner(10L).build()));
    }

    @Test
    void sortsByPriceNewestAndRelevance() {
        assertEquals(List.of(5L, 4L, 1L, 3L, 2L), ids(SearchQuery.builder().sort(SearchSort.PRICE_ASC).build()));
        assertEquals(List.of(2L, 3L, 1L, 4L, 5L), ids(SearchQuery.builder().sort(SearchSort.PRICE_DESC).build()));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), ids(SearchQuery.builder().build()), "newest first without text");
        List<Long> relevance = ids(SearchQuery.builder().text("imprimante rennes").build());
        assertEquals(List.of(1L, 2L), relevance.stream().sorted().toList());
        assertEquals(List.of(4L), ids(SearchQuery.builder().text("etiquette").sort(SearchSort.RELEVANCE).build()));
    }

    @Test
    void pagesThroughTheResults() {
        SearchResult second = index.search(SearchQuery.builder().sort(SearchSort.PRICE_ASC)
                .page(new PageRequest(1, 2)).build());
        assertEquals(5, second.page().total());
        assertEquals(List.of(1L, 3L), second.page().items().stream().map(OfferHit::id).toList());
        SearchResult beyond = index.search(SearchQuery.builder().page(new PageRequest(100_000, 100)).build());
        assertEquals(5, beyond.page().total());
        assertTrue(beyond.page().items().isEmpty());
    }

    @Test
    void replacingAndRemovingOffersShowsAfterARefresh() {
        index.remove(5);
        index.removePartner(10);
        assertEquals(5, index.size(), "nothing shows before the refresh");
        index.refresh();
        assertEquals(2, index.size());
        assertEquals(List.of(4L), found("imprimante"));
        index.put(offer(3, "Installation Wi-Fi", "Borne sans fil.", "NETWORK_LAN_WIFI", "Accès sans fil",
                "EQUIPMENT", 20, "Les Bornes du Rhône", "Lyon", "69001", "SERVER_NETWORK_VENDOR", "800.00", 3, Map.of()));
        index.refresh();
        assertEquals(2, index.size(), "replaced, not added");
        assertEquals(List.of(3L), found("borne"));
        assertEquals(List.of(4L), found("reseau"), "offer 3 no longer speaks of a network");
        index.removeCategory("LABEL_PRINTER");
        index.refresh();
        assertEquals(List.of(3L), ids(SearchQuery.builder().build()));
    }

    @Test
    void theNumberOfMatchesIsKeptForTheOtherPagesAndSortsUntilTheIndexChanges() {
        SearchQuery.Builder imprimante = SearchQuery.builder().text("imprimante");
        assertEquals(3, index.search(imprimante.page(new PageRequest(0, 1)).build()).page().total());
        SearchResult second = index.search(imprimante.page(new PageRequest(1, 1)).sort(SearchSort.PRICE_ASC).build());
        assertEquals(3, second.page().total(), "counted once, kept for the next pages and sorts");
        assertEquals(List.of(1L), second.page().items().stream().map(OfferHit::id).toList());
        index.remove(1);
        index.refresh();
        SearchResult after = index.search(imprimante.page(new PageRequest(1, 1)).sort(SearchSort.PRICE_ASC).build());
        assertEquals(2, after.page().total(), "the index changed: counted again");
        assertEquals(List.of(2L), after.page().items().stream().map(OfferHit::id).toList());
        assertEquals(2, counts(after, Facets.CATEGORY).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anEmptyIndexOrOneWithoutCriteriaAnswersWithoutFacetValues() throws IOException {
        try (OfferIndex empty = new OfferIndex(new ByteBuffersDirectory())) {
            SearchResult nothing = empty.search(SearchQuery.builder().text("imprimante").category("PRINTER").build());
            assertEquals(0, nothing.page().total());
            assertTrue(nothing.facets().values().stream().allMatch(List::isEmpty), nothing.facets()::toString);
            empty.put(offer(1, "Imprimante laser", "Rapide.", "PRINTER", "Imprimante", "EQUIPMENT", 10, "Bureautique",
                    "Rennes", "35000", "EQUIPMENT_MAKER", "450.00", 1, Map.of("duplex", "oui")));
            empty.refresh(); // no criteria in force: no criteria facet values, the others counted
            SearchResult one = empty.search(SearchQuery.builder().category("PRINTER").build());
            assertEquals(Map.of("PRINTER", 1L), counts(one, Facets.CATEGORY));
            assertTrue(one.facets().keySet().stream().noneMatch(name -> name.startsWith(Facets.CRITERION_PREFIX)));
        }
    }

    @Test
    void compactingTheIndexChangesNothingASearchFinds() {
        index.put(offer(6, "Imprimante compacte", "Petite.", "PRINTER", "Imprimante", "EQUIPMENT", 10,
                "Bureautique Rennaise", "Rennes", "35000", "EQUIPMENT_MAKER", "150.00", 6, Map.of()));
        index.refresh(); // a second segment
        SearchResult before = index.search(SearchQuery.builder().text("imprimante").build());
        index.compact();
        index.refresh();
        SearchResult after = index.search(SearchQuery.builder().text("imprimante").sort(SearchSort.PRICE_ASC).build());
        assertEquals(6, index.size());
        assertEquals(before.page().total(), after.page().total());
        assertEquals(List.of(6L, 1L, 2L, 4L).stream().sorted().toList(),
                after.page().items().stream().map(OfferHit::id).sorted().toList());
        assertEquals(List.of(4L, 6L, 1L, 2L), after.page().items().stream().map(OfferHit::id).toList(), "by price");
        assertEquals(counts(before, Facets.CATEGORY), counts(after, Facets.CATEGORY));
    }

    @Test
    void aHitWithoutTownNorKnownPostcodeReadsBackEmpty() {
        index.put(new IndexedOffer(6, "Écran 27 pouces « pro » — 4K ✓", "", "SCREEN_TFT", "Écran plat", "EQUIPMENT", 40,
                "Écrans d'Outre-Mer", null, null, "EQUIPMENT_MAKER", new BigDecimal("199.5"), null, Map.of()));
        index.refresh();
        OfferHit hit = index.search(SearchQuery.builder().text("ecran").build()).page().items().get(0);
        assertEquals(new OfferHit(6, "Écran 27 pouces « pro » — 4K ✓", "SCREEN_TFT", "Écran plat", "EQUIPMENT", 40,
                "Écrans d'Outre-Mer", "", null, new BigDecimal("199.5"), Instant.EPOCH, ""), hit);
    }

    @Test
    void aHitCarriesWhatAListShows() {
        OfferHit hit = index.search(SearchQuery.builder().text("fibre").build()).page().items().get(0);
        assertEquals(new OfferHit(5, "Accès Internet très haut débit", "INTERNET_ACCESS", "Accès Internet", "INTERNET",
                30, "Fibre Ouest", "Brest", "29", new BigDecimal("39.90"), T0.plusSeconds(86_400L * 5),
                "Fibre optique pour les professionnels."), hit);
    }

    @Test
    void theFrenchAnalysisOnRealWords() {
        assertEquals(index.analyze("imprimante"), index.analyze("imprimantes"));
        assertEquals(index.analyze("imprimante"), index.analyze("L'IMPRIMANTE"));
        assertEquals(index.analyze("réseau"), index.analyze("reseau"));
        assertEquals(index.analyze("ordinateur"), index.analyze("ordinateurs"));
        assertEquals(index.analyze("sécurisée"), index.analyze("securise"));
        assertEquals(List.of(), index.analyze("le la les de des pour"));
    }
}
