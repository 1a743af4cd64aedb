package fr.catalogue.api.specification;

import fr.catalogue.specification.SpecificationVersion;
import java.time.LocalDate;
import java.util.List;

/** One version of a category's specification, with its criteria in order. */
public record SpecificationJson(String category, int version, String status, LocalDate effectiveDate,
                                String changeNote, List<CriterionJson> criteria) {

    public static SpecificationJson of(SpecificationVersion version) {
        return new SpecificationJson(version.getCategory().getCode(), version.getNumber(), version.getStatus().name(),
                version.getEffectiveDate(), version.getChangeNote(),
                version.toRules().criteria().stream().map(CriterionJson::of).toList());
    }
}
