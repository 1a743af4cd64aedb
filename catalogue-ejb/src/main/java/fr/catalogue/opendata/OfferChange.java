package fr.catalogue.opendata;

import java.time.Instant;

/**
 * One entry of the change feed: what happened to which offer, when.
 *
 * @param ref the row the change is read from (an offer version, or a change of a partner's right), so
 *            that the entry's id is stable
 * @param number the number of the offer's version concerned (R14)
 */
public record OfferChange(ChangeKind kind, long ref, long offerId, int number, Instant at, String title,
                          String categoryName, String partnerName) {
}
