package fr.catalogue.search;

/** One value of a facet: what to send back to filter on it, what to show, how many offers have it. */
public record FacetValue(String value, String label, long count) {
}
