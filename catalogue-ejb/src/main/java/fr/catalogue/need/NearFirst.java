package fr.catalogue.need;

import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.search.OfferHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order of a selection's offers (R28): offers of providers of the business's département
 * first, then of the neighbouring départements, then the others; cheaper first within each.
 * Duplicates (an offer found by two searches) are kept once.
 */
public final class NearFirst {

    private NearFirst() {
    }

    public static List<OfferHit> order(List<OfferHit> found, Department department, int limit) {
        Set<String> neighbours = Departments.neighbours(department.code()).stream().map(Department::code)
                .collect(Collectors.toSet());
        Map<Long, OfferHit> unique = new LinkedHashMap<>();
        found.forEach(hit -> unique.putIfAbsent(hit.id(), hit));
        List<OfferHit> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparingInt((OfferHit hit) -> department.code().equals(hit.departmentCode()) ? 0
                        : neighbours.contains(hit.departmentCode()) ? 1 : 2)
                .thenComparing(OfferHit::priceExclVat, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OfferHit::id));
        return ordered.subList(0, Math.min(limit, ordered.size()));
    }
}
