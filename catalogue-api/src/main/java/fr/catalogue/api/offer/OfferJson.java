package fr.catalogue.api.offer;

import fr.catalogue.offer.Offer;
import java.math.BigDecimal;
import java.time.Instant;

/** A published offer in full. */
public record OfferJson(long id, String title, String description, String category, String categoryName,
                        PartnerRefJson partner, BigDecimal priceExclVat, Instant publishedAt) {

    public static OfferJson of(Offer offer) {
        return new OfferJson(offer.getId(), offer.getTitle(), offer.getDescription(),
                offer.getCategory().getCode(), offer.getCategory().getName(),
                new PartnerRefJson(offer.getPartner().getId(), offer.getPartner().getName()),
                offer.getPriceExclVat(), offer.getPublishedAt());
    }
}
