package fr.catalogue.specification;

import java.util.List;

/** A published offer that a draft would no longer accept, and the criteria it would fail. */
public record ImpactedOffer(long offerId, String title, String partnerName, List<String> failures) {
}
