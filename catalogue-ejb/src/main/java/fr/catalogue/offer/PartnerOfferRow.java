package fr.catalogue.offer;

import java.math.BigDecimal;
import java.time.Instant;

/** An offer in its partner's own list: every status shows, with its last change. */
public record PartnerOfferRow(long id, String title, String categoryName, BigDecimal priceExclVat,
                              OfferStatus status, Instant publishedAt, Instant updatedAt) {
}
