package fr.catalogue.search;

/**
 * The names of the search's facets, as {@link SearchResult#facets()} keys and API parameters.
 * A price facet value is a range {@code "min-max"} in euros excl. VAT ({@code "500-1000"}, the last
 * one open: {@code "5000-"}); a criterion facet is named {@code criterion.<key>}.
 */
public final class Facets {

    public static final String FAMILY = "family";
    public static final String CATEGORY = "category";
    public static final String PRICE = "price";
    public static final String DEPARTMENT = "department";
    public static final String REGION = "region";
    public static final String KIND = "kind";
    public static final String CRITERION_PREFIX = "criterion.";

    private Facets() {
    }
}
