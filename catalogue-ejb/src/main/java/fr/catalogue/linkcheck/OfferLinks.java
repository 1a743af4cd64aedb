package fr.catalogue.linkcheck;

import java.util.List;

/**
 * The links of one offer with their latest checks (R15) and the latest search for the offer on its
 * partner's own site (R16), as the partner and the reviewers see them.
 *
 * @param website the partner's declared home page, null when it declared none (then no R16 search)
 * @param presence the latest R16 search, null when none was made
 */
public record OfferLinks(long offerId, String offerTitle, boolean published, long partnerId, String partnerName,
        String website, List<LinkState> links, PresenceCheck presence) {

    public OfferLinks {
        links = List.copyOf(links);
    }
}
