package fr.catalogue.contact;

/** What the rating page shows before the visitor rates: whom, and about which request. */
public record RatingInvitation(long partnerId, String partnerName, String offerTitle) {
}
