package fr.catalogue.search;

import fr.catalogue.common.Page;
import java.util.List;
import java.util.Map;

/** One page of offers found, and every facet's values with their counts (in display order). */
public record SearchResult(Page<OfferHit> page, Map<String, List<FacetValue>> facets) {

    public SearchResult {
        facets = Map.copyOf(facets);
    }
}
