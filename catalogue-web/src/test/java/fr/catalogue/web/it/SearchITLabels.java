package fr.catalogue.web.it;

import fr.catalogue.label.LabelEvent;
import fr.catalogue.label.LabelRights;
import fr.catalogue.partner.Partner;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * For {@link SearchIT}, inside the server: moves a partner's right of use through
 * {@code LabelRights.move}, the one place the timers and the administrator's pages move it, each in
 * a transaction of its own so that the search index follows once it commits.
 */
@Stateless
public class SearchITLabels {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LabelRights rights;

    /** A notice not corrected in time (R18): warned, then withdrawn. */
    public void withdraw(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        rights.move(partner, LabelEvent.WARN, "SearchIT", "Avertissement de test", null, true);
        rights.move(partner, LabelEvent.WITHDRAW, "SearchIT", "Non corrigé à temps", null, true);
    }

    /** The administrator gives the right back. */
    public void reinstate(long partnerId) {
        rights.move(em.find(Partner.class, partnerId), LabelEvent.REINSTATE, "SearchIT", "Offres corrigées", null, true);
    }
}
