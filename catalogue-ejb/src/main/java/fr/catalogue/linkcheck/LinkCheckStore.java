package fr.catalogue.linkcheck;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.offer.Offer;
import fr.catalogue.offer.OfferStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the results of the two-click checker, each call in a short transaction of its own (the
 * crawl itself runs outside any transaction, see {@link LinkCheckRuns}): the check as evidence, the
 * address's standing moved on by {@link LinkStanding}, and, when the address becomes a confirmed
 * non-conformity or stops being one, an entry of the audit trail made by the system. Called by
 * {@link LinkChecks} and {@link LinkCheckRuns} only; it checks no role itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class LinkCheckStore {

    /** The audit trail's subject for an address's standing. */
    public static final String SUBJECT = "LINK";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private LinkCrawlerHolder holder;

    /** Stores one check and moves its address's standing on; returns it as stored. */
    public LinkCheckView record(LinkCheck check, CheckTrigger trigger, String requestedBy) {
        return store(check, trigger, requestedBy);
    }

    /** Stores a batch of checks in one transaction (a daily run writes batch after batch). */
    public void recordAll(Collection<LinkCheck> checks, CheckTrigger trigger, String requestedBy) {
        for (LinkCheck check : checks) {
            store(check, trigger, requestedBy);
        }
    }

    /** Stores an R16 search for an offer. */
    public void recordPresence(long offerId, PresenceCheck check) {
        em.persist(StoredPresenceCheck.of(offerId, check));
    }

    /** Every distinct address linked from a published offer, in order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> publishedLinks() {
        @SuppressWarnings("unchecked")
        List<String> urls = em.createNativeQuery("""
                SELECT DISTINCT l.url FROM offer_link l JOIN offer o ON o.id = l.offer_id
                WHERE o.status = 'PUBLISHED' ORDER BY l.url""").getResultList();
        return urls;
    }

    /** What the background check of a published offer needs: its links, title and partner's website. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Target> publishedTarget(long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || offer.getStatus() != OfferStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(new Target(offer.getId(), offer.getTitle(), offer.getLinks(), offer.getPartner().getWebsite()));
    }

    /** A published offer to check: its links (R15) and, when its partner declared one, the home page to search from (R16). */
    public record Target(long offerId, String title, List<String> links, String website) {
    }

    private LinkCheckView store(LinkCheck check, CheckTrigger trigger, String requestedBy) {
        StoredLinkCheck stored = StoredLinkCheck.of(check, trigger, requestedBy);
        em.persist(stored);
        em.flush(); // its id, for the standing
        LinkStatus status = em.find(LinkStatus.class, stored.getUrl(), LockModeType.PESSIMISTIC_WRITE);
        boolean wasConfirmed;
        if (status == null) {
            wasConfirmed = false;
            status = LinkStatus.first(stored);
            em.persist(status);
        } else {
            wasConfirmed = status.isConfirmed();
            status.advance(stored, holder.settings().confirmAfter());
        }
        if (status.isConfirmed() != wasConfirmed) {
            recordTransition(stored, status, wasConfirmed);
        }
        return stored.view(status.isConfirmed());
    }

    /** R15: a confirmed non-conformity appears or ends; the partner is named when one partner links to the address. */
    private void recordTransition(StoredLinkCheck check, LinkStatus status, boolean wasConfirmed) {
        @SuppressWarnings("unchecked")
        List<Object> partners = em.createNativeQuery("""
                SELECT DISTINCT o.partner_id FROM offer_link l JOIN offer o ON o.id = l.offer_id WHERE l.url = ?""")
                .setParameter(1, check.getUrl()).getResultList();
        Long partnerId = partners.size() == 1 ? ((Number) partners.get(0)).longValue() : null;
        Map<String, String> before = new java.util.LinkedHashMap<>();
        before.put("nonConformity", wasConfirmed ? "confirmée" : "non confirmée");
        Map<String, String> after = new java.util.LinkedHashMap<>();
        after.put("nonConformity", status.isConfirmed() ? "confirmée" : "non confirmée");
        after.put("url", check.getUrl());
        after.put("verdict", check.getVerdict().name());
        Instant since = status.getNonConformSince();
        if (status.isConfirmed() && since != null) {
            after.put("nonConformSince", since.toString());
        }
        audit.recordBySystem(Change.of(SUBJECT, check.getId(), partnerId,
                status.isConfirmed() ? "LINK_CONFIRMED" : "LINK_CLEARED", before, after));
    }
}
