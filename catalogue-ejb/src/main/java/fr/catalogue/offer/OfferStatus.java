package fr.catalogue.offer;

/** Where an offer stands: only {@code PUBLISHED} offers are shown to the public. */
public enum OfferStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
