package fr.catalogue.api.specification;

import fr.catalogue.specification.SpecificationVersion;
import java.time.LocalDate;

/** A version in the history of a specification. */
public record VersionSummaryJson(int version, String status, LocalDate effectiveDate, String changeNote) {

    public static VersionSummaryJson of(SpecificationVersion version) {
        return new VersionSummaryJson(version.getNumber(), version.getStatus().name(), version.getEffectiveDate(),
                version.getChangeNote());
    }
}
