package fr.catalogue.partner;

import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A partner's own identity, for the partner signed in (R7: an account acts for one partner only). */
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
}
