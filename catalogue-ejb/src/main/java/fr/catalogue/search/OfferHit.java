package fr.catalogue.search;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An offer found by a search: what a result list shows, read from the index without loading the
 * entity. {@code excerpt} is a plain-text extract of the description (may be empty).
 */
public record OfferHit(long id, String title, String categoryCode, String categoryName, String family,
                       long partnerId, String partnerName, String partnerTown, String departmentCode,
                       BigDecimal priceExclVat, Instant publishedAt, String excerpt) {
}
