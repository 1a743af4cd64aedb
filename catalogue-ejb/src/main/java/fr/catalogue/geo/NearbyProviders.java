package fr.catalogue.geo;

import fr.catalogue.label.LabelStatus;
import fr.catalogue.partner.PartnerKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Providers nearby (R25): the competence centres and advisers holding the label's right
 * ({@code GRANTED} or {@code WARNED}) of a visitor's département, then those of the neighbouring
 * départements. Partners have no département column: it is derived from their postcode, as
 * everywhere else ({@link Departments#ofPostcode}).
 */
@Stateless
public class NearbyProviders {

    /** The kinds of partner a business comes to for advice (R25): the three competence centres and advisers. */
    public static final Set<PartnerKind> KINDS = Set.of(PartnerKind.ADVISER, PartnerKind.COMPETENCE_CENTRE_IT,
            PartnerKind.COMPETENCE_CENTRE_TELECOM, PartnerKind.COMPETENCE_CENTRE_IT_TELECOM);

    @PersistenceContext
    private EntityManager em;

    /**
     * The providers near a place, the département's first, then its neighbours' (R25).
     *
     * @param where a postcode, a département code or name, or a town where a partner of the catalogue is
     *              (accents and case ignored); another town must be given by its postcode
     * @throws fr.catalogue.common.InvalidInputException (field {@code ou}) when the place is unknown or ambiguous
     */
    public List<ProviderCard> near(String where) {
        return around(where).providers();
    }

    /** As {@link #near(String)}, with the place understood, for a page to say where it looked. */
    public Nearby around(String where) {
        Place place = place(where);
        return new Nearby(place, near(place.department()));
    }

    /**
     * The place a visitor typed, towns read among those of the catalogue's partners.
     *
     * @throws fr.catalogue.common.InvalidInputException (field {@code ou}) when it is unknown or ambiguous
     */
    public Place place(String where) {
        return Place.parse(where, knownTowns());
    }

    /** The providers of a département, then of its neighbours; within each, competence centres first, by name. */
    public List<ProviderCard> near(Department department) {
        List<Department> neighbours = Departments.neighbours(department.code());
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(department.code());
        neighbours.forEach(n -> wanted.add(n.code()));
        Set<String> prefixes = new TreeSet<>();
        for (String code : wanted) {
            prefixes.add(code.startsWith("2") && !code.matches("\\d+") ? "20" : code);
        }
        List<ProviderCard> cards = new ArrayList<>();
        for (Object[] row : em.createQuery("""
                        SELECT p.id, p.name, p.kind, p.town, p.postcode, p.website FROM Partner p
                        WHERE p.kind IN :kinds AND p.labelStatus IN :holding
                          AND (SUBSTRING(p.postcode, 1, 2) IN :prefixes OR SUBSTRING(p.postcode, 1, 3) IN :prefixes)""",
                        Object[].class)
                .setParameter("kinds", KINDS)
                .setParameter("holding", List.of(LabelStatus.GRANTED, LabelStatus.WARNED))
                .setParameter("prefixes", prefixes)
                .getResultList()) {
            String postcode = (String) row[4];
            Department of = Departments.ofPostcode(postcode).orElse(null);
            if (of == null || !wanted.contains(of.code())) {
                continue;
            }
            cards.add(new ProviderCard((Long) row[0], (String) row[1], (PartnerKind) row[2], (String) row[3], postcode,
                    of, (String) row[5], of.equals(department)));
        }
        List<String> order = new ArrayList<>(wanted);
        cards.sort(Comparator.comparing((ProviderCard c) -> order.indexOf(c.department().code()))
                .thenComparing(c -> c.kind() == PartnerKind.ADVISER)
                .thenComparing(c -> PlaceNames.fold(c.name())));
        return cards;
    }

    /** The towns of the catalogue's partners, folded, each with its départements (for {@link Place#parse}). */
    private Map<String, Set<String>> knownTowns() {
        Map<String, Set<String>> towns = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT DISTINCT p.town, p.postcode FROM Partner p", Object[].class)
                .getResultList()) {
            Departments.ofPostcode((String) row[1]).ifPresent(d ->
                    towns.computeIfAbsent(PlaceNames.fold((String) row[0]), t -> new TreeSet<>()).add(d.code()));
        }
        return towns;
    }
}
