package fr.catalogue.linkcheck;

import java.time.Instant;

/**
 * One link of an offer with where it stands (R15).
 *
 * @param latest the latest check of the address, null when it was never checked
 * @param confirmed whether it is a confirmed non-conformity for the review
 * @param nonConformSince when its current streak of NON_CONFORM checks began, null when none
 */
public record LinkState(String url, LinkCheckView latest, boolean confirmed, Instant nonConformSince) {
}
