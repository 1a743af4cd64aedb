package fr.catalogue.api.offer;

import fr.catalogue.common.Page;
import fr.catalogue.search.FacetValue;
import fr.catalogue.search.OfferHit;
import fr.catalogue.search.SearchResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of offers found, and the facets: {@code page} counts from 0; {@code total} counts every
 * matching offer; {@code facets} maps a facet's name to its values with their counts. Written by
 * {@link OfferSearchJsonWriter}.
 */
public record OfferSearchJson(long total, int page, int size, List<Item> items, Map<String, List<FacetJson>> facets) {

    /** An offer in the list. Fields other than id, title, category, partner and price may be absent. */
    public record Item(long id, String title, String category, String categoryName, String family,
                       PartnerJson partner, String department, BigDecimal priceExclVat, Instant publishedAt,
                       String excerpt) {
    }

    /** The partner of an offer in a list. */
    public record PartnerJson(long id, String name, String town) {
    }

    /** A facet's value: what to send back as the parameter, its French label, how many offers have it. */
    public record FacetJson(String value, String label, long count) {
    }

    public static OfferSearchJson of(SearchResult result) {
        Page<OfferHit> page = result.page();
        return new OfferSearchJson(page.total(), page.page(), page.size(), page.items().stream()
                .map(hit -> new Item(hit.id(), hit.title(), hit.categoryCode(), hit.categoryName(), hit.family(),
                        new PartnerJson(hit.partnerId(), hit.partnerName(), hit.partnerTown()), hit.departmentCode(),
                        hit.priceExclVat(), hit.publishedAt(), hit.excerpt()))
                .toList(), facets(result));
    }

    private static Map<String, List<FacetJson>> facets(SearchResult result) {
        Map<String, List<FacetJson>> facets = new LinkedHashMap<>();
        new TreeMap<>(result.facets()).forEach((name, values) -> facets.put(name,
                values.stream().map(OfferSearchJson::facet).toList()));
        return facets;
    }

    private static FacetJson facet(FacetValue value) {
        return new FacetJson(value.value(), value.label(), value.count());
    }
}
