package fr.catalogue.specification;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria of one version of a category's specification (R5), as the engine applies them.
 * The version travels with the criteria so that every verdict names what it was judged against.
 *
 * @param categoryCode the category the specification belongs to
 * @param version the version number, from 1
 * @param criteria in the order they are shown; keys unique; may be empty (nothing required yet)
 */
public record SpecificationRules(String categoryCode, int version, List<Criterion> criteria) {

    public SpecificationRules {
        if (categoryCode == null || categoryCode.isBlank()) {
            throw new IllegalArgumentException("A specification needs a category code");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Specification versions count from 1, not " + version);
        }
        if (criteria == null) {
            throw new IllegalArgumentException("A specification needs a list of criteria, even empty");
        }
        Set<String> keys = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (criterion == null) {
                throw new IllegalArgumentException("Specification " + categoryCode + " v" + version
                        + " has a null criterion");
            }
            if (!keys.add(criterion.key())) {
                throw new IllegalArgumentException("Specification " + categoryCode + " v" + version
                        + " has the criterion key " + criterion.key() + " twice");
            }
        }
        criteria = List.copyOf(criteria);
    }

    /** The criterion with this key, if the specification has one. */
    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
