package fr.catalogue.api.partner;

import fr.catalogue.offer.PartnerOfferRow;
import java.math.BigDecimal;
import java.time.Instant;

/** An offer in its partner's list, whatever its status. */
public record PartnerOfferRowJson(long id, String title, String categoryName, BigDecimal priceExclVat, String status,
                                  Instant publishedAt, Instant updatedAt) {

    public static PartnerOfferRowJson of(PartnerOfferRow row) {
        return new PartnerOfferRowJson(row.id(), row.title(), row.categoryName(), row.priceExclVat(),
                row.status().name(), row.publishedAt(), row.updatedAt());
    }
}
