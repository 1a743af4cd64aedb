package fr.catalogue.offer;

import java.math.BigDecimal;

/** What a list of offers shows of each: read in one query, without loading the entities. */
public record OfferSummary(long id, String title, String categoryCode, String categoryName,
                           long partnerId, String partnerName, BigDecimal priceExclVat) {
}
