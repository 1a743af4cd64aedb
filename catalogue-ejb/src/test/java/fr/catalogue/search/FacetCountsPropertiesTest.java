package fr.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.partner.PartnerKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The general facets' counts (family, category, département, region, kind, price) equal those
 * counted by hand over the offers, whatever the history of the index: offers added, changed and
 * removed in several batches (so in several segments, some with deleted documents), merged or not,
 * and whatever the filters (each facet counted without its own filter, drill sideways).
 */
class FacetCountsPropertiesTest {

    private static final String[][] CATEGORIES = {{"PRINTER", "EQUIPMENT"}, {"PC_DESKTOP", "EQUIPMENT"},
            {"INTERNET_ACCESS", "INTERNET"}, {"TELECOM_SERVICE", "TELECOM"}, {"ADVISER", "SERVICE_PROVIDER"}};
    /** Bretagne twice, Lyon, Paris, La Réunion, and no postcode (no département, no region). */
    private static final List<String> POSTCODES = List.of("35000", "29200", "69001", "75001", "97400", "");
    /** Around the price facet's bounds (100, 250, …, 5000 € excl. VAT). */
    private static final List<String> PRICES = List.of("15.00", "99.99", "100.00", "249.99", "250.00", "999.99",
            "1000.00", "4999.99", "5000.00", "9000.00");

    private record Filters(String family, String category, String department, String region, PartnerKind kind,
                           BigDecimal priceMin, BigDecimal priceMax) {
    }

    @Property(tries = 60)
    void countsMatchAHandCountAfterAnyHistory(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Map<Long, IndexedOffer> live = new TreeMap<>();
        try (OfferIndex index = new OfferIndex(new ByteBuffersDirectory())) {
            int batches = 1 + random.nextInt(5);
            for (int batch = 0; batch < batches; batch++) {
                for (int i = random.nextInt(30); i > 0; i--) {
                    IndexedOffer offer = offer(1 + random.nextInt(60), random);
                    index.put(offer);
                    live.put(offer.id(), offer);
                }
                for (int i = random.nextInt(6); i > 0; i--) {
                    long id = 1 + random.nextInt(60);
                    index.remove(id);
                    live.remove(id);
                }
                if (random.nextInt(4) == 0) {
                    index.compact();
                }
                index.refresh();
            }
            for (int q = 0; q < 10; q++) {
                Filters filters = filters(random);
                SearchResult result = index.search(query(filters));
                List<IndexedOffer> matching = live.values().stream().filter(o -> matches(o, filters, "")).toList();
                assertEquals(matching.size(), result.page().total(), filters + " total");
                for (String dim : List.of(Facets.FAMILY, Facets.CATEGORY, Facets.DEPARTMENT, Facets.REGION,
                        Facets.KIND, Facets.PRICE)) {
                    Map<String, Long> expected = live.values().stream()
                            .filter(o -> matches(o, filters, dim))
                            .map(valueOf(dim))
                            .flatMap(Optional::stream)
                            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                    Map<String, Long> actual = new HashMap<>();
                    result.facets().get(dim).forEach(v -> actual.put(v.value(), v.count()));
                    assertEquals(expected, actual, filters + " facet " + dim);
                }
            }
        }
    }

    private static IndexedOffer offer(long id, Random random) {
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        PartnerKind kind = PartnerKind.values()[random.nextInt(PartnerKind.values().length)];
        return new IndexedOffer(id, "Offre " + id, "", category[0], category[0], category[1], id % 7, "Partenaire",
                "Ville", POSTCODES.get(random.nextInt(POSTCODES.size())), kind.name(),
                new BigDecimal(PRICES.get(random.nextInt(PRICES.size()))), Instant.EPOCH.plusSeconds(id), Map.of());
    }

    private static Filters filters(Random random) {
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Optional<Department> department = Departments.ofPostcode(POSTCODES.get(random.nextInt(POSTCODES.size() - 1)));
        BigDecimal low = new BigDecimal(PRICES.get(random.nextInt(PRICES.size())));
        BigDecimal high = new BigDecimal(PRICES.get(random.nextInt(PRICES.size())));
        return new Filters(
                random.nextInt(4) == 0 ? category[1] : null,
                random.nextInt(4) == 0 ? category[0] : null,
                random.nextInt(5) == 0 ? department.map(Department::code).orElseThrow() : null,
                random.nextInt(5) == 0 ? department.map(Department::regionCode).orElseThrow() : null,
                random.nextInt(4) == 0 ? PartnerKind.values()[random.nextInt(PartnerKind.values().length)] : null,
                random.nextInt(3) == 0 ? low.min(high) : null,
                random.nextInt(3) == 0 ? low.max(high) : null);
    }

    private static SearchQuery query(Filters filters) {
        return SearchQuery.builder()
                .family(filters.family() == null ? null : fr.catalogue.category.Family.valueOf(filters.family()))
                .category(filters.category()).department(filters.department()).region(filters.region())
                .kind(filters.kind()).priceMin(filters.priceMin()).priceMax(filters.priceMax())
                .build();
    }

    /** Whether an offer passes every filter but that of {@code without} (a facet name, or "" for none). */
    private static boolean matches(IndexedOffer offer, Filters filters, String without) {
        Optional<Department> department = Departments.ofPostcode(offer.postcode());
        BigDecimal price = offer.priceExclVat();
        List<Predicate<IndexedOffer>> checks = List.of(
                o -> without.equals(Facets.FAMILY) || filters.family() == null || filters.family().equals(o.family()),
                o -> without.equals(Facets.CATEGORY) || filters.category() == null
                        || filters.category().equals(o.categoryCode()),
                o -> without.equals(Facets.DEPARTMENT) || filters.department() == null
                        || department.map(Department::code).filter(filters.department()::equals).isPresent(),
                o -> without.equals(Facets.REGION) || filters.region() == null
                        || department.map(Department::regionCode).filter(filters.region()::equals).isPresent(),
                o -> without.equals(Facets.KIND) || filters.kind() == null || filters.kind().name().equals(o.kind()),
                o -> without.equals(Facets.PRICE) || ((filters.priceMin() == null || price.compareTo(filters.priceMin()) >= 0)
                        && (filters.priceMax() == null || price.compareTo(filters.priceMax()) <= 0)));
        return checks.stream().allMatch(check -> check.test(offer));
    }

    /** The value an offer has for a facet, if any; the price as its facet range ("100-250"). */
    private static Function<IndexedOffer, Optional<String>> valueOf(String dim) {
        return offer -> {
            Optional<Department> department = Departments.ofPostcode(offer.postcode());
            return switch (dim) {
                case Facets.FAMILY -> Optional.of(offer.family());
                case Facets.CATEGORY -> Optional.of(offer.categoryCode());
                case Facets.DEPARTMENT -> department.map(Department::code);
                case Facets.REGION -> department.map(Department::regionCode);
                case Facets.KIND -> Optional.of(offer.kind());
                case Facets.PRICE -> OfferIndex.PRICE_RANGES.stream()
                        .filter(range -> range.contains(offer.priceExclVat().doubleValue()))
                        .map(CriterionFacet.Range::value).findFirst();
                default -> throw new IllegalArgumentException(dim);
            };
        };
    }
}
