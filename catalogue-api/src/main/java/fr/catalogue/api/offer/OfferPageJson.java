package fr.catalogue.api.offer;

import fr.catalogue.common.Page;
import fr.catalogue.offer.OfferSummary;
import java.util.List;

/** One page of offers: {@code page} counts from 0; {@code total} counts every matching offer. */
public record OfferPageJson(long total, int page, int size, List<OfferSummaryJson> items) {

    public static OfferPageJson of(Page<OfferSummary> page) {
        return new OfferPageJson(page.total(), page.page(), page.size(),
                page.items().stream().map(OfferSummaryJson::of).toList());
    }
}
