package fr.catalogue.specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changes from one version of a specification to another, criterion by criterion, in the
 * words a page shows (R5): what an administrator reviews before publishing a new version.
 */
public final class SpecificationDiff {

    /** How a criterion changes. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One change: the criterion's label and its requirement before and after (null when absent). */
    public record Change(String key, String label, Kind kind, String before, String after) {
    }

    private SpecificationDiff() {
    }

    /**
     * The changes from {@code before} (may be null: everything is added) to {@code after}: changed
     * and removed criteria in the order of {@code before}, then added ones in the order of {@code after}.
     */
    public static List<Change> between(SpecificationRules before, SpecificationRules after) {
        Map<String, Criterion> old = before == null ? Map.of()
                : before.criteria().stream().collect(Collectors.toMap(Criterion::key, Function.identity()));
        Map<String, Criterion> now = after.criteria().stream()
                .collect(Collectors.toMap(Criterion::key, Function.identity()));
        List<Change> changes = new ArrayList<>();
        if (before != null) {
            for (Criterion criterion : before.criteria()) {
                Criterion next = now.get(criterion.key());
                if (next == null) {
                    changes.add(new Change(criterion.key(), criterion.label(), Kind.REMOVED, describe(criterion), null));
                } else if (!next.equals(criterion)) {
                    String was = describe(criterion);
                    String is = describe(next);
                    changes.add(new Change(criterion.key(), next.label(), Kind.CHANGED, was,
                            was.equals(is) ? is + " — libellé ou explication modifiés" : is));
                }
            }
        }
        for (Criterion criterion : after.criteria()) {
            if (!old.containsKey(criterion.key())) {
                changes.add(new Change(criterion.key(), criterion.label(), Kind.ADDED, null, describe(criterion)));
            }
        }
        return changes;
    }

    /** A criterion in one line: requirement, and whether it is mandatory. */
    static String describe(Criterion criterion) {
        return RequirementText.of(criterion) + (criterion.mandatory() ? " (obligatoire)" : " (recommandé)");
    }
}
