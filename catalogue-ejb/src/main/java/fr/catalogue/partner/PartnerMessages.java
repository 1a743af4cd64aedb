package fr.catalogue.partner;

import fr.catalogue.security.AccountService;
import fr.catalogue.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The messages of the signed-in partner, and of no other (R7). */
@Stateless
public class PartnerMessages {

    static final int SHOWN = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    /** The latest messages of the caller's own partner, newest first. */
    @RolesAllowed(Role.PARTNER_NAME)
    public List<PartnerNotification> findOwn() {
        Long partnerId = accounts.currentCaller().partnerId();
        return em.createNamedQuery(PartnerNotification.OF_PARTNER, PartnerNotification.class)
                .setParameter("partner", partnerId)
                .setMaxResults(SHOWN)
                .getResultList();
    }
}
