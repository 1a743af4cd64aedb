package fr.catalogue.label;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.FrenchDates;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.Sha256;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notices (R18): issued to a partner when a campaign closes with confirmed findings, acknowledged
 * and answered by the partner in its own space — never another's —, decided by a reviewer.
 */
@Stateless
public class Notices {

    /** The audit trail's subject for notices. */
    public static final String AUDIT_SUBJECT = "NOTICE";
    /** The partner's page of notices, relative to the public address. */
    public static final String PARTNER_PAGE = "partner/avertissements.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private LabelRights rights;

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "catalogue.label.presumed-receipt-days", defaultValue = "4")
    private int presumedReceiptDays;

    @Inject
    @ConfigProperty(name = "catalogue.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    /**
     * Issues a notice listing {@code items} to a partner, in the caller's transaction (the closing
     * of a campaign, R17): the PDF letter, the e-mail and the message in its space, and its right
     * moved from GRANTED to WARNED (R18). A partner already WARNED gets the notice and stays WARNED;
     * one whose right has ended gets the letter without any change of its right.
     *
     * @return the notice's id
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Long issue(long campaignId, long partnerId, List<NoticeItem> items) {
        Partner partner = partner(partnerId);
        Instant now = clock.instant();
        Notice notice = Notice.send(partnerId, campaignId, items, now);
        notice.attachLetter(new byte[0], "");
        em.persist(notice);
        em.flush();
        byte[] pdf = NoticeLetter.write(new NoticeLetter.Content(notice.getId(), partner.getName(),
                partner.getAddress() == null ? null : partner.getAddress() + ", " + partner.getPostcode() + " " + partner.getTown(),
                now, notice.getItems(), presumedReceiptDays, spaceUrl()));
        notice.attachLetter(pdf, Sha256.hex(pdf));
        audit.record(Change.of(AUDIT_SUBJECT, notice.getId(), partnerId, "ISSUE", Map.of(), Map.of(
                "status", notice.getStatus().name(), "campaign", String.valueOf(campaignId),
                "items", String.valueOf(items.size()), "pdfSha256", notice.getPdfSha256())));
        if (LabelRight.allows(partner.getLabelStatus(), LabelEvent.WARN)) {
            rights.move(partner, LabelEvent.WARN, actor(), "Avertissement n° " + notice.getId() + " envoyé",
                    notice.getId(), false);
        }
        rights.tell(partner, "Avertissement n° " + notice.getId() + " : corrections demandées sous quinze jours",
                issuedMail(notice));
        return notice.getId();
    }

    /** The signed-in partner's notices, newest first. */
    @RolesAllowed(Role.PARTNER_NAME)
    public List<NoticeRow> findOwn() {
        return rows(ownPartnerId(), null, 0, Integer.MAX_VALUE);
    }

    /**
     * One of the signed-in partner's notices with its findings.
     *
     * @throws ResourceNotFoundException when it does not exist or is another partner's (R7)
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public NoticeDetail getOwn(long noticeId) {
        return detail(own(noticeId));
    }

    /** The letter of one of the signed-in partner's notices (another's is not found). */
    @RolesAllowed(Role.PARTNER_NAME)
    public byte[] ownLetter(long noticeId) {
        return own(noticeId).getPdf();
    }

    /**
     * The partner acknowledges receipt (R18): the fifteen days start now. Acknowledging again, or
     * after a presumed receipt, changes nothing.
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public NoticeDetail acknowledge(long noticeId) {
        Notice notice = own(noticeId);
        Map<String, String> before = state(notice);
        if (notice.acknowledge(clock.instant())) {
            audit.record(Change.of(AUDIT_SUBJECT, noticeId, notice.getPartnerId(), "ACKNOWLEDGE", before, state(notice)));
        }
        return detail(notice);
    }

    /** The partner answers with its correction before the deadline; the reviewers decide. */
    @RolesAllowed(Role.PARTNER_NAME)
    public NoticeDetail answer(long noticeId, String text) {
        Notice notice = own(noticeId);
        Map<String, String> before = state(notice);
        notice.answer(text, clock.instant());
        audit.record(Change.of(AUDIT_SUBJECT, noticeId, notice.getPartnerId(), "ANSWER", before, state(notice)));
        return detail(notice);
    }

    /** One page of every notice, optionally of one status, newest first. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Page<NoticeRow> find(NoticeStatus status, PageRequest request) {
        long total = em.createNamedQuery(Notice.COUNT_FILTERED, Long.class)
                .setParameter("partner", null)
                .setParameter("status", status)
                .getSingleResult();
        List<NoticeRow> rows = total <= request.offset() ? List.of() : rows(null, status, request.offset(), request.size());
        return new Page<>(rows, total, request.page(), request.size());
    }

    /** Any notice with its findings, for reviewers. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public NoticeDetail get(long noticeId) {
        return detail(notice(noticeId));
    }

    /** Any notice's letter, for reviewers. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public byte[] letter(long noticeId) {
        return notice(noticeId).getPdf();
    }

    /**
     * A reviewer accepts the partner's correction (R18): the notice closes and, when no other
     * notice of the partner is open, its right is GRANTED again.
     *
     * @param expectedVersion the version the reviewer looked at (another reviewer's decision meanwhile is refused)
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public NoticeDetail accept(long noticeId, long expectedVersion, String note) {
        Notice notice = current(noticeId, expectedVersion);
        Map<String, String> before = state(notice);
        notice.accept(actor(), note, clock.instant());
        audit.record(Change.of(AUDIT_SUBJECT, noticeId, notice.getPartnerId(), "ACCEPT", before, state(notice)));
        Partner partner = partner(notice.getPartnerId());
        long otherOpen = em.createNamedQuery(Notice.COUNT_OTHER_OPEN_OF_PARTNER, Long.class)
                .setParameter("partner", notice.getPartnerId())
                .setParameter("notice", noticeId)
                .getSingleResult();
        if (otherOpen == 0 && LabelRight.allows(partner.getLabelStatus(), LabelEvent.ACCEPT_CORRECTION)) {
            rights.move(partner, LabelEvent.ACCEPT_CORRECTION, actor(),
                    "Correction acceptée (avertissement n° " + noticeId + ")", noticeId, false);
        }
        rights.tell(partner, "Avertissement n° " + noticeId + " : correction acceptée",
                "Votre correction est acceptée ; l'avertissement n° " + noticeId + " est clos."
                        + (notice.getDecisionNote() == null ? "" : "\n\nNote du Ministère : " + notice.getDecisionNote()));
        return detail(notice);
    }

    /**
     * A reviewer refuses the answer, saying why: the notice stays open and the partner may answer
     * again until the deadline (R18).
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public NoticeDetail reject(long noticeId, long expectedVersion, String note) {
        Notice notice = current(noticeId, expectedVersion);
        Map<String, String> before = state(notice);
        notice.reject(actor(), note, clock.instant());
        audit.record(Change.of(AUDIT_SUBJECT, noticeId, notice.getPartnerId(), "REJECT", before, state(notice)));
        rights.tell(partner(notice.getPartnerId()), "Avertissement n° " + noticeId + " : correction refusée",
                "Votre réponse ne suffit pas : " + notice.getDecisionNote() + "\n\nVous pouvez répondre de nouveau "
                        + "jusqu'au " + FrenchDates.format(notice.lastDay())
                        + " dans votre espace : " + spaceUrl());
        return detail(notice);
    }

    /** The delay after which an unacknowledged notice is presumed received (a setting, R18). */
    public Duration presumedReceiptDelay() {
        return Duration.ofDays(presumedReceiptDays);
    }

    private Partner partner(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new ResourceNotFoundException("Aucun partenaire ne porte le numéro " + partnerId + ".");
        }
        return partner;
    }

    private Notice own(long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null || notice.getPartnerId() != ownPartnerId()) {
            // another partner's notice is "not found": its existence is not disclosed either
            throw new ResourceNotFoundException("Aucun avertissement ne porte le numéro " + noticeId + ".");
        }
        return notice;
    }

    private Notice notice(long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null) {
            throw new ResourceNotFoundException("Aucun avertissement ne porte le numéro " + noticeId + ".");
        }
        return notice;
    }

    private Notice current(long noticeId, long expectedVersion) {
        Notice notice = notice(noticeId);
        if (notice.getVersion() != expectedVersion) {
            throw new BusinessException("Cet avertissement vient d'être modifié par quelqu'un d'autre ; "
                    + "rechargez la page avant de décider.");
        }
        return notice;
    }

    private long ownPartnerId() {
        Long partnerId = accounts.currentCaller().partnerId();
        if (partnerId == null) {
            throw new IllegalStateException("A partner account without a partner");
        }
        return partnerId;
    }

    private List<NoticeRow> rows(Long partnerId, NoticeStatus status, int offset, int size) {
        return em.createNamedQuery(Notice.ROWS, NoticeRow.class)
                .setParameter("partner", partnerId)
                .setParameter("status", status)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    private NoticeDetail detail(Notice notice) {
        Partner partner = partner(notice.getPartnerId());
        return new NoticeDetail(new NoticeRow(notice.getId(), notice.getPartnerId(), partner.getName(), notice.getStatus(),
                notice.getSentAt(), notice.getReceipt(), notice.getReceivedAt(), notice.getDeadline(),
                notice.getAnsweredAt(), notice.getAnswer(), notice.getDecisionNote(), notice.getPdfSha256()),
                notice.getItems(), notice.getVersion());
    }

    private static Map<String, String> state(Notice notice) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", notice.getStatus().name());
        state.put("receipt", notice.getReceipt() == null ? null : notice.getReceipt().name());
        state.put("deadline", notice.getDeadline() == null ? null : notice.getDeadline().toString());
        state.put("answer", notice.getAnswer());
        state.put("decisionNote", notice.getDecisionNote());
        return state;
    }

    private String actor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? AuditTrail.SYSTEM : name;
    }

    private String spaceUrl() {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + PARTNER_PAGE;
    }

    private String issuedMail(Notice notice) {
        StringBuilder body = new StringBuilder("La revue bimestrielle des offres du label a relevé des manquements ; "
                + "l'avertissement n° " + notice.getId() + " (lettre PDF dans votre espace) demande les corrections suivantes :\n");
        for (NoticeItem item : notice.getItems()) {
            body.append("\n- ").append(item.offerId() == null ? "" : "offre n° " + item.offerId() + " : ")
                    .append(item.text()).append("\n  Correction demandée : ").append(item.requiredChange());
        }
        body.append("\n\nAccusez réception et répondez dans votre espace partenaire : ").append(spaceUrl())
                .append("\nVous disposez de quinze jours à compter de la réception ; sans accusé de réception, celle-ci est "
                        + "présumée ").append(presumedReceiptDays).append(" jours après l'envoi. Passé ce délai sans "
                        + "correction acceptée, le droit d'usage du nom et du logo vous est retiré et vos offres quittent "
                        + "le catalogue.\n\nEmpreinte SHA-256 de la lettre : ").append(notice.getPdfSha256());
        return body.toString();
    }
}
