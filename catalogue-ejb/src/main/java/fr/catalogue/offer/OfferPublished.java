package fr.catalogue.offer;

/**
 * An offer went on the catalogue, or a new version of it did (R11, R14). Fired in the transaction
 * of the publication; observers that act on it outside (the link checks of R15) observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so nothing happens for a publication rolled back.
 */
public record OfferPublished(long offerId) {
}
