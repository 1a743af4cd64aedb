package fr.catalogue.specification;

import java.time.Instant;

/**
 * A published offer that the version in force of its category no longer accepts: kept in the
 * catalogue, flagged for the next review (R17), with the criteria it fails.
 */
public record FlaggedOffer(long offerId, String title, String partnerName, String categoryName, int version,
                           String failingKeys, Instant evaluatedAt) {
}
