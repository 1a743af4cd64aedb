package fr.catalogue.specification;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The judgement of an offer against one version of its category's specification (R5, R11). It
 * names that version, so that it stays meaningful after the specification changes.
 *
 * @param categoryCode the category of the specification applied
 * @param version the version applied
 * @param conforming whether the offer may be published: no mandatory criterion failed or missing
 * @param results one per criterion, in the specification's order
 * @param unknownAttributes declared attributes no criterion asks for, sorted; reported, never a failure
 */
public record Verdict(String categoryCode, int version, boolean conforming, List<CriterionResult> results,
        List<String> unknownAttributes) {

    public Verdict {
        if (categoryCode == null || categoryCode.isBlank()) {
            throw new IllegalArgumentException("A verdict needs the category code of its specification");
        }
        if (version < 1) {
            throw new IllegalArgumentException("A verdict needs the version of its specification, from 1");
        }
        results = List.copyOf(results == null ? List.of() : results);
        unknownAttributes = unknownAttributes == null ? List.of() : unknownAttributes.stream().sorted().toList();
        Set<String> keys = new HashSet<>();
        for (CriterionResult result : results) {
            if (!keys.add(result.key())) {
                throw new IllegalArgumentException("A verdict has two results for " + result.key());
            }
        }
        boolean blocked = results.stream().anyMatch(CriterionResult::isBlocking);
        if (conforming == blocked) {
            throw new IllegalArgumentException("A verdict is conforming exactly when no mandatory criterion fails"
                    + " or is missing");
        }
    }

    /** The results that keep the offer out of the catalogue: mandatory criteria failed or missing. */
    public List<CriterionResult> failures() {
        return results.stream().filter(CriterionResult::isBlocking).toList();
    }

    /** The result of one criterion, if the specification has it. */
    public Optional<CriterionResult> result(String key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
