package fr.catalogue.label;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.FrenchDates;
import fr.catalogue.partner.Partner;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What time does to rights and notices (R18, R22), one transaction per step so that one failure
 * does not hold back the others: receipts presumed, rights withdrawn at the deadline, rights
 * expired at the operation's end. Called by {@link LabelTimer}; every step does nothing when
 * there is nothing due, so a timer that fires twice, or on two servers, changes things once
 * (a concurrent second change is refused by the notice's and the partner's versions).
 */
@Stateless
public class LabelLifecycle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private LabelRights rights;

    @Inject
    private Notices notices;

    @Inject
    @ConfigProperty(name = "catalogue.label.end-date")
    private Optional<LocalDate> endDate;

    /** Presumes received every notice sent more than the set delay ago and never acknowledged (R18). */
    public int presumeReceipts() {
        Instant now = clock.instant();
        List<Notice> due = em.createNamedQuery(Notice.UNRECEIVED_SENT_BEFORE, Notice.class)
                .setParameter("before", now.minus(notices.presumedReceiptDelay()))
                .getResultList();
        int presumed = 0;
        for (Notice notice : due) {
            if (notice.presumeReceipt(now, notices.presumedReceiptDelay())) {
                presumed++;
                audit.recordBySystem(Change.of(Notices.AUDIT_SUBJECT, notice.getId(), notice.getPartnerId(),
                        "PRESUME_RECEIPT", Map.of("status", NoticeStatus.SENT.name()), Map.of(
                                "status", notice.getStatus().name(), "receipt", notice.getReceipt().name(),
                                "deadline", notice.getDeadline().toString())));
            }
        }
        return presumed;
    }

    /** The open notices whose deadline has passed. */
    public List<Long> findPastDeadline() {
        return em.createNamedQuery(Notice.PAST_DEADLINE, Notice.class)
                .setParameter("now", clock.instant())
                .getResultStream()
                .map(Notice::getId)
                .toList();
    }

    /**
     * Ends a notice whose deadline passed without an accepted correction and, when the partner is
     * WARNED, withdraws its right at once (R18): its offers leave the catalogue, its downloads
     * stop, and it is told by e-mail with the reason.
     *
     * @return whether the right was withdrawn
     */
    public boolean withdrawAtDeadline(long noticeId) {
        Instant now = clock.instant();
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null || !notice.isPastDeadline(now)) {
            return false;
        }
        NoticeStatus before = notice.getStatus();
        notice.lapse(now);
        audit.recordBySystem(Change.of(Notices.AUDIT_SUBJECT, noticeId, notice.getPartnerId(), "LAPSE",
                Map.of("status", before.name()), Map.of("status", notice.getStatus().name())));
        Partner partner = em.find(Partner.class, notice.getPartnerId());
        if (!LabelRight.allows(partner.getLabelStatus(), LabelEvent.WITHDRAW)) {
            return false;
        }
        String reason = "Avertissement n° " + noticeId + " du "
                + FrenchDates.format(notice.getSentAt().atZone(NoticeLetter.FRANCE).toLocalDate())
                + " non corrigé dans les quinze jours suivant sa réception ("
                + (notice.getReceipt() == Receipt.PRESUMED ? "présumée" : "accusée") + " le "
                + FrenchDates.format(notice.getReceivedAt().atZone(NoticeLetter.FRANCE).toLocalDate()) + ")";
        rights.move(partner, LabelEvent.WITHDRAW, AuditTrail.SYSTEM, reason, noticeId, true);
        rights.tell(partner, "Retrait du droit d'usage du label",
                "Le droit d'usage du nom et du logo du label vous est retiré de plein droit.\n\nMotif : " + reason
                        + ".\n\nVos offres ne sont plus présentées dans le catalogue et les documents de la charte "
                        + "graphique ne vous sont plus accessibles. Seul le Ministère peut rétablir ce droit.");
        return true;
    }

    /** The partners still holding the right once the operation has ended (none before, R22). */
    public List<Long> findToExpire() {
        if (!new OperationEnd(endDate).hasEnded(clock.instant())) {
            return List.of();
        }
        return em.createNamedQuery(Partner.WITH_LABEL_STATUS, Partner.class)
                .setParameter("statuses", List.of(LabelStatus.GRANTED, LabelStatus.WARNED))
                .getResultStream()
                .map(Partner::getId)
                .toList();
    }

    /** Expires a partner's right at the operation's end (R22); nothing when it does not hold it any more. */
    public boolean expire(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || !LabelRight.allows(partner.getLabelStatus(), LabelEvent.EXPIRE)
                || !new OperationEnd(endDate).hasEnded(clock.instant())) {
            return false;
        }
        String reason = "Fin de l'opération le " + FrenchDates.format(endDate.orElseThrow());
        rights.move(partner, LabelEvent.EXPIRE, AuditTrail.SYSTEM, reason, null, true);
        rights.tell(partner, "Fin du droit d'usage du label",
                "L'opération a pris fin : le droit d'usage du nom et du logo du label a expiré. Motif : " + reason + ".");
        return true;
    }
}
