package fr.catalogue.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The public catalogue's search (R13, R18): French full text forgiving a typo, facets with counts,
 * sorts and pages, over this server's Lucene index ({@link SearchIndex}), which holds only the
 * offers the catalogue shows — published, of a partner holding the right (GRANTED or WARNED), not
 * failing the specification in force — the same rule as {@code OfferCatalogue}.
 *
 * <p>A CDI bean, not an EJB like the other services: it reads no database and needs no transaction
 * nor caller check (the catalogue is public), and the busiest request of the site is better without
 * the EJB container's interceptors around it (docs/performance.md).
 */
@ApplicationScoped
public class OfferSearch {

    @Inject
    private SearchIndex index;

    /**
     * One page of the offers matching the query, with every facet's values and counts (a facet's
     * counts ignore its own filter).
     *
     * @throws SearchUnavailableException while the index is first built after a start
     */
    public SearchResult search(SearchQuery query) {
        return index.search(query);
    }

    /** The facets of a category's main criteria (from its specification in force), for forms. */
    public List<CriterionFacet> criteriaOf(String categoryCode) {
        return index.criteriaOf(categoryCode);
    }
}
