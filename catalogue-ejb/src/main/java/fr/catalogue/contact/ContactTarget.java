package fr.catalogue.contact;

/** Whom the contact form writes to: a partner holding the right, and the published offer if one was chosen. */
public record ContactTarget(long partnerId, String partnerName, Long offerId, String offerTitle) {
}
