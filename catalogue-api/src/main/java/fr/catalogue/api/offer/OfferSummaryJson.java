package fr.catalogue.api.offer;

import fr.catalogue.offer.OfferSummary;
import java.math.BigDecimal;

/** An offer in a list. */
public record OfferSummaryJson(long id, String title, String category, PartnerRefJson partner, BigDecimal priceExclVat) {

    public static OfferSummaryJson of(OfferSummary offer) {
        return new OfferSummaryJson(offer.id(), offer.title(), offer.categoryCode(),
                new PartnerRefJson(offer.partnerId(), offer.partnerName()), offer.priceExclVat());
    }
}
