/**
 * The public catalogue's search (issue 7, R13, R18): a Lucene index per server of the offers the
 * catalogue shows, French full text forgiving a typo, facets with counts, sorting. The types
 * {@code SearchQuery}, {@code SearchResult}, {@code OfferHit}, {@code FacetValue}, {@code Facets} and
 * {@code OfferSearch} are the contract the pages, the API and the guided need form (R28) build on.
 */
package fr.catalogue.search;
