package fr.catalogue.linkcheck;

import java.time.Instant;

/**
 * One link of a published offer in the reviewers' list: the offer, its partner, and where the
 * address stands; {@code verdict} and {@code checkedAt} are null when it was never checked.
 */
public record LinkRow(long offerId, String offerTitle, long partnerId, String partnerName, String siren, String url,
        LinkVerdict verdict, Instant checkedAt, boolean confirmed, Instant nonConformSince) {

    /** A key unique in the list (an address may be linked from several offers). */
    public String key() {
        return offerId + " " + url;
    }
}
