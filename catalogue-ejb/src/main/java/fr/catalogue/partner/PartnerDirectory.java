package fr.catalogue.partner;

import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the partners are: a partner's own identity, for the partner signed in (R7: an account acts
 * for one partner only), and the directory of all partners for the Ministry's staff.
 */
@Stateless
public class PartnerDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    /** The partner the signed-in partner account acts for; never another one (R7). */
    @RolesAllowed(Role.PARTNER_NAME)
    public PartnerIdentity getOwn() {
        Caller caller = accounts.currentCaller();
        Partner partner = caller.partnerId() == null ? null : em.find(Partner.class, caller.partnerId());
        if (partner == null) {
            throw new ResourceNotFoundException("Aucun partenaire n'est rattaché à ce compte.");
        }
        return new PartnerIdentity(partner.getId(), partner.getName(), partner.getKind(), partner.getSiren(),
                partner.getTown(), partner.getPostcode(), partner.getWebsite(), caller.userCode());
    }

    /**
     * One page of the partners, by name, with how many of their offers are published out of all
     * they have and the accounts acting for them (R7). Staff only: administrators act for a partner
     * from there, reviewers read it.
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Page<DirectoryRow> findPage(DirectorySearch search, PageRequest request) {
        long total = filtered(em.createNamedQuery(Partner.DIRECTORY_COUNT, Long.class), search).getSingleResult();
        if (total <= request.offset()) {
            return new Page<>(List.of(), total, request.page(), request.size());
        }
        List<Object[]> found = filtered(em.createNamedQuery(Partner.DIRECTORY, Object[].class), search)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        Map<Long, List<String>> userCodes = userCodes(found.stream().map(row -> (Long) row[0]).toList());
        List<DirectoryRow> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            long id = (Long) row[0];
            rows.add(new DirectoryRow(id, (String) row[1], (String) row[2], (PartnerKind) row[3], (String) row[4],
                    number(row[5]), number(row[6]), userCodes.getOrDefault(id, List.of())));
        }
        return new Page<>(rows, total, request.page(), request.size());
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, DirectorySearch search) {
        return query.setParameter("kind", search.kind())
                .setParameter("name", search.namePattern())
                .setParameter("siren", search.sirenPattern());
    }

    /** The user codes of the accounts of a page of partners, in one query. */
    private Map<Long, List<String>> userCodes(List<Long> partnerIds) {
        Map<Long, List<String>> codes = new HashMap<>();
        em.createNamedQuery(Partner.ACCOUNT_USER_CODES, Object[].class)
                .setParameter("partners", partnerIds)
                .getResultList()
                .forEach(row -> codes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return codes;
    }

    /** SUM of nothing (a partner without offers) is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
