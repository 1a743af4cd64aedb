package fr.catalogue.search;

import fr.catalogue.category.Family;
import fr.catalogue.common.PageRequest;
import fr.catalogue.partner.PartnerKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a visitor asks the public catalogue: free text (French), facet filters, an order and a page.
 * Every filter is optional ({@code null}: no filter). Built with {@link #builder()} so that new
 * filters do not break callers.
 *
 * @param partnerId only the offers of that partner (its public page)
 * @param criteria filters on the category's main criteria, criterion key to a value (a text or
 *                 boolean value, or a numeric range {@code "min-max"}, either bound may be empty)
 */
public record SearchQuery(String text, Family family, String category, BigDecimal priceMin, BigDecimal priceMax,
                          String department, String region, PartnerKind kind, Long partnerId,
                          Map<String, String> criteria, SearchSort sort, PageRequest page) {

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        department = department == null || department.isBlank() ? null : department.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        sort = sort != null ? sort : text == null ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        page = page != null ? page : new PageRequest(0, PageRequest.DEFAULT_SIZE);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder; unset filters stay empty. */
    public static final class Builder {
        private String text;
        private Family family;
        private String category;
        private BigDecimal priceMin;
        private BigDecimal priceMax;
        private String department;
        private String region;
        private PartnerKind kind;
        private Long partnerId;
        private final Map<String, String> criteria = new LinkedHashMap<>();
        private SearchSort sort;
        private PageRequest page;

        public Builder text(String value) { text = value; return this; }
        public Builder family(Family value) { family = value; return this; }
        public Builder category(String value) { category = value; return this; }
        public Builder priceMin(BigDecimal value) { priceMin = value; return this; }
        public Builder priceMax(BigDecimal value) { priceMax = value; return this; }
        public Builder department(String value) { department = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder kind(PartnerKind value) { kind = value; return this; }
        public Builder partner(Long value) { partnerId = value; return this; }
        public Builder criterion(String key, String value) { criteria.put(key, value); return this; }
        public Builder sort(SearchSort value) { sort = value; return this; }
        public Builder page(PageRequest value) { page = value; return this; }

        public SearchQuery build() {
            return new SearchQuery(text, family, category, priceMin, priceMax, department, region, kind, partnerId,
                    criteria, sort, page);
        }
    }
}
