package fr.catalogue.contact;

import fr.catalogue.search.OfferHit;
import java.util.List;

/** Everything the public page of a partner shows (R24): its card, offers, ratings and published comments. */
public record PublicPartner(PartnerCard card, List<OfferHit> offers, long offerCount, RatingSummary ratings,
        List<PublishedComment> comments) {

    public PublicPartner {
        offers = List.copyOf(offers);
        comments = List.copyOf(comments);
    }
}
