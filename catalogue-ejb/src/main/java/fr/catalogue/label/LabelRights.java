package fr.catalogue.label;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.FrenchDates;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.mail.Outbox;
import fr.catalogue.partner.DirectorySearch;
import fr.catalogue.partner.Partner;
import fr.catalogue.partner.PartnerNotification;
import fr.catalogue.search.CatalogueChange;
import fr.catalogue.security.Account;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partners' right to use the label's name and logo (R18, R21, R22): its public verification,
 * the administrator's reinstatement, and the one place every transition is recorded (history and
 * audit trail).
 */
@Stateless
public class LabelRights {

    /** The audit trail's subject for the right of use. */
    public static final String AUDIT_SUBJECT = "LABEL";
    /** The most companies a public verification lists. */
    static final int SEARCH_LIMIT = 20;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    /** R18: a partner's offers leave the search when its right ends, and come back when it is given back. */
    @Inject
    private Event<CatalogueChange> catalogueChanged;

    @Inject
    @ConfigProperty(name = "catalogue.label.end-date")
    private Optional<LocalDate> endDate;

    /**
     * The state of a partner's right.
     *
     * @throws ResourceNotFoundException when there is no such partner
     */
    @PermitAll
    public LabelStatus statusOf(long partnerId) {
        return partner(partnerId).getLabelStatus();
    }

    /** Whether a partner may use the name and logo: GRANTED or WARNED (an unknown partner does not). */
    @PermitAll
    public boolean holdsRight(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        return partner != null && partner.getLabelStatus().holdsRight();
    }

    /**
     * The public verification of one partner (R21): name, state, since when, caption.
     *
     * @throws ResourceNotFoundException when there is no such partner
     */
    @PermitAll
    public LabelView labelOf(long partnerId) {
        return LabelView.of(partner(partnerId));
    }

    /**
     * The public verification by name or SIREN: the companies whose name contains the text or whose
     * SIREN starts with it, at most {@value #SEARCH_LIMIT}.
     *
     * @throws InvalidInputException when fewer than two characters are given
     */
    @PermitAll
    public List<LabelView> search(String nameOrSiren) {
        DirectorySearch search = new DirectorySearch(nameOrSiren, null);
        if (search.text() == null || search.text().length() < 2) {
            throw new InvalidInputException("q", "Saisissez au moins deux caractères du nom ou le numéro SIREN.");
        }
        return em.createNamedQuery(Partner.LABEL_SEARCH, Partner.class)
                .setParameter("name", search.namePattern())
                .setParameter("siren", search.sirenPattern())
                .setMaxResults(SEARCH_LIMIT)
                .getResultStream()
                .map(LabelView::of)
                .toList();
    }

    /** The partners whose right is withdrawn or expired, for the administrator's reinstatement. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<LabelView> findWithoutRight() {
        return em.createNamedQuery(Partner.WITH_LABEL_STATUS, Partner.class)
                .setParameter("statuses", List.of(LabelStatus.WITHDRAWN, LabelStatus.EXPIRED))
                .getResultStream()
                .map(LabelView::of)
                .toList();
    }

    /** Every transition of a partner's right, newest first. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public List<LabelTransition> history(long partnerId) {
        partner(partnerId);
        return em.createNamedQuery(LabelTransition.OF_PARTNER, LabelTransition.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    /**
     * An administrator gives a withdrawn or expired right back, with a reason (R18, R22); the
     * partner is told in its space.
     *
     * @throws BusinessException when the right is not withdrawn or expired, the reason is missing, or the
     *         operation has ended (R22)
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public LabelView reinstate(long partnerId, String reason) {
        Partner partner = partner(partnerId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Indiquez le motif du rétablissement.");
        }
        if (new OperationEnd(endDate).hasEnded(clock.instant())) {
            // R22: no right outlives the operation; the next daily run would expire it again
            throw new BusinessException("L'opération a pris fin le " + FrenchDates.format(endDate.orElseThrow())
                    + " : aucun droit d'usage ne peut plus être rétabli.");
        }
        move(partner, LabelEvent.REINSTATE, context.getCallerPrincipal().getName(), reason, null, false);
        tell(partner, "Votre droit d'usage du label est rétabli",
                "Le Ministère a rétabli votre droit d'usage du nom et du logo du label. Motif : " + reason.strip());
        return LabelView.of(partner);
    }

    /**
     * Moves a partner's right as the state machine allows and records it: the history row and the
     * audit entry, in the caller's transaction. For the services of this component.
     *
     * @param bySystem whether the application itself decided (a timer), rather than the caller
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LabelRight.Step move(Partner partner, LabelEvent event, String actor, String reason, Long noticeId,
            boolean bySystem) {
        LabelStatus before = partner.getLabelStatus();
        LabelRight.Step step = partner.moveLabel(event, clock.instant(), actor, reason);
        em.persist(new LabelTransition(partner.getId(), step, noticeId));
        Change change = Change.of(AUDIT_SUBJECT, partner.getId(), partner.getId(), event.name(),
                Map.of("labelStatus", before.name()),
                noticeId == null ? Map.of("labelStatus", step.to().name(), "reason", step.reason())
                        : Map.of("labelStatus", step.to().name(), "reason", step.reason(), "notice", noticeId.toString()));
        if (bySystem) {
            audit.recordBySystem(change);
        } else {
            audit.record(change);
        }
        if (before.holdsRight() != step.to().holdsRight()) {
            catalogueChanged.fire(CatalogueChange.partner(partner.getId()));
        }
        return step;
    }

    /**
     * Tells a partner something in its space and, when it has an address, by e-mail — in the
     * caller's transaction, so the message exists if and only if the change is committed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void tell(Partner partner, String subject, String body) {
        em.persist(PartnerNotification.to(partner.getId(), subject, body, clock.instant()));
        addressOf(partner).ifPresent(address -> outbox.enqueue(address, subject, body));
    }

    /**
     * The partner's contact address, or its first account's when the profile has none (also where
     * contact requests are forwarded, R24).
     */
    public Optional<String> addressOf(Partner partner) {
        if (Outbox.isAddress(partner.getEmail())) {
            return Optional.of(partner.getEmail());
        }
        return em.createNamedQuery(Account.EMAILS_OF_PARTNER, String.class)
                .setParameter("partner", partner.getId())
                .getResultStream()
                .filter(Outbox::isAddress)
                .findFirst();
    }

    private Partner partner(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new ResourceNotFoundException("Aucun partenaire ne porte le numéro " + partnerId + ".");
        }
        return partner;
    }
}
