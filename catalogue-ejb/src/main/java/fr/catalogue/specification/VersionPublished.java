package fr.catalogue.specification;

import java.time.LocalDate;

/** A version was published (fired in the publishing transaction, observed once it commits). */
public record VersionPublished(long versionId, String categoryCode, int number, LocalDate effectiveDate) {
}
