package fr.catalogue.label;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter warning a partner (R18): the findings of a review and the changes required. Its rules
 * — receipt acknowledged or presumed, the deadline fifteen days after receipt, the answer, the
 * reviewer's decision, the lapse at the deadline — are the methods below, testable without a
 * container.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.OF_PARTNER, query = """
        SELECT n FROM Notice n WHERE n.partnerId = :partner ORDER BY n.sentAt DESC, n.id DESC""")
@NamedQuery(name = Notice.UNRECEIVED_SENT_BEFORE, query = """
        SELECT n FROM Notice n WHERE n.status = fr.catalogue.label.NoticeStatus.SENT AND n.sentAt <= :before
        ORDER BY n.id""")
@NamedQuery(name = Notice.PAST_DEADLINE, query = """
        SELECT n FROM Notice n
        WHERE n.status IN (fr.catalogue.label.NoticeStatus.RECEIVED, fr.catalogue.label.NoticeStatus.ANSWERED,
                           fr.catalogue.label.NoticeStatus.REJECTED)
          AND n.deadline <= :now
        ORDER BY n.id""")
@NamedQuery(name = Notice.COUNT_FILTERED, query = """
        SELECT COUNT(n) FROM Notice n
        WHERE (:partner IS NULL OR n.partnerId = :partner) AND (:status IS NULL OR n.status = :status)""")
@NamedQuery(name = Notice.COUNT_OTHER_OPEN_OF_PARTNER, query = """
        SELECT COUNT(n) FROM Notice n
        WHERE n.partnerId = :partner AND n.id <> :notice
          AND n.status NOT IN (fr.catalogue.label.NoticeStatus.ACCEPTED, fr.catalogue.label.NoticeStatus.WITHDRAWN)""")
@NamedQuery(name = Notice.ROWS, query = """
        SELECT NEW fr.catalogue.label.NoticeRow(n.id, n.partnerId, p.name, n.status, n.sentAt, n.receipt, n.receivedAt,
                   n.deadline, n.answeredAt, n.answer, n.decisionNote, n.pdfSha256)
        FROM Notice n, Partner p
        WHERE p.id = n.partnerId AND (:partner IS NULL OR n.partnerId = :partner) AND (:status IS NULL OR n.status = :status)
        ORDER BY n.sentAt DESC, n.id DESC""")
public class Notice {

    public static final String OF_PARTNER = "Notice.findOfPartner";
    public static final String UNRECEIVED_SENT_BEFORE = "Notice.findUnreceivedSentBefore";
    public static final String PAST_DEADLINE = "Notice.findPastDeadline";
    public static final String ROWS = "Notice.rows";
    public static final String COUNT_OTHER_OPEN_OF_PARTNER = "Notice.countOtherOpenOfPartner";
    public static final String COUNT_FILTERED = "Notice.countFiltered";

    /** R18: the partner has fifteen days from receipt to correct. */
    public static final int CORRECTION_DAYS = 15;
    /** The longest answer a partner may give. */
    public static final int ANSWER_LENGTH = 10_000;
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NoticeStatus status;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Receipt receipt;

    @Column
    private Instant deadline;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Lob
    @Column
    private String answer;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decision_note", length = NOTE_LENGTH)
    private String decisionNote;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @ElementCollection
    @CollectionTable(name = "notice_item", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeLine> items = new ArrayList<>();

    @Version
    private long version;

    protected Notice() {
        // for JPA
    }

    /**
     * A notice sent now to a partner, listing at least one item.
     *
     * @throws BusinessException when there is nothing to notify
     */
    public static Notice send(long partnerId, Long campaignId, List<NoticeItem> items, Instant now) {
        if (items == null || items.isEmpty()) {
            throw new BusinessException("Un avertissement doit lister au moins un manquement.");
        }
        Notice notice = new Notice();
        notice.partnerId = partnerId;
        notice.campaignId = campaignId;
        notice.status = NoticeStatus.SENT;
        notice.sentAt = now;
        items.forEach(item -> notice.items.add(new NoticeLine(item)));
        return notice;
    }

    /** Attaches the letter once written (it shows the notice's number, known after the insert). */
    public void attachLetter(byte[] letter, String sha256) {
        pdf = letter.clone();
        pdfSha256 = sha256;
    }

    /**
     * The partner acknowledges receipt in its space: the fifteen days start now (R18).
     *
     * @return whether it changed anything (a second acknowledgement, or one after a presumed receipt, does not)
     */
    public boolean acknowledge(Instant now) {
        requireOpen();
        if (status != NoticeStatus.SENT) {
            return false;
        }
        receive(now, Receipt.ACKNOWLEDGED);
        return true;
    }

    /**
     * Without an acknowledgement, the notice is presumed received {@code presumedAfter} after sending
     * (R18; the delay is a setting), and the deadline runs from that moment, not from the timer's run.
     *
     * @return whether it was presumed received now
     */
    public boolean presumeReceipt(Instant now, Duration presumedAfter) {
        Instant presumedAt = sentAt.plus(presumedAfter);
        if (status != NoticeStatus.SENT || presumedAt.isAfter(now)) {
            return false;
        }
        receive(presumedAt, Receipt.PRESUMED);
        return true;
    }

    private void receive(Instant at, Receipt how) {
        status = NoticeStatus.RECEIVED;
        receivedAt = at;
        receipt = how;
        deadline = deadlineAfter(at);
    }

    /**
     * R18's fifteen days, counted in whole French days: received on day 0, the partner may correct
     * until the end of day 15; the deadline is the first instant of day 16, when the right goes.
     */
    public static Instant deadlineAfter(Instant receivedAt) {
        LocalDate received = receivedAt.atZone(NoticeLetter.FRANCE).toLocalDate();
        return received.plusDays(CORRECTION_DAYS + 1L).atStartOfDay(NoticeLetter.FRANCE).toInstant();
    }

    /** The last day the partner may correct (the day before the deadline, in France). */
    public LocalDate lastDay() {
        return deadline == null ? null : deadline.atZone(NoticeLetter.FRANCE).toLocalDate().minusDays(1);
    }

    /**
     * The partner answers (its correction, its explanation) before the deadline; answering
     * acknowledges a notice not yet received. A refused answer may be followed by another.
     */
    public void answer(String text, Instant now) {
        requireOpen();
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("answer", "Décrivez la correction apportée.");
        }
        if (trimmed.length() > ANSWER_LENGTH) {
            throw new InvalidInputException("answer", "La réponse ne doit pas dépasser " + ANSWER_LENGTH + " caractères.");
        }
        if (status == NoticeStatus.SENT) {
            receive(now, Receipt.ACKNOWLEDGED);
        }
        requireBeforeDeadline(now);
        answer = trimmed;
        answeredAt = now;
        status = NoticeStatus.ANSWERED;
    }

    /** A reviewer accepts the answered correction before the deadline: the notice closes (R18). */
    public void accept(String reviewer, String note, Instant now) {
        requireAnswered();
        requireBeforeDeadline(now);
        decide(NoticeStatus.ACCEPTED, reviewer, note, now);
    }

    /** A reviewer refuses the answer, saying why: the notice stays open until the deadline. */
    public void reject(String reviewer, String note, Instant now) {
        requireAnswered();
        requireBeforeDeadline(now);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Indiquez au partenaire pourquoi la correction est refusée.");
        }
        decide(NoticeStatus.REJECTED, reviewer, note, now);
    }

    /** Whether the deadline has passed without an accepted correction (the right is then withdrawn, R18). */
    public boolean isPastDeadline(Instant now) {
        return status.isOpen() && deadline != null && !now.isBefore(deadline);
    }

    /** Ends the notice with the withdrawal of the right at its deadline (R18). */
    public void lapse(Instant now) {
        if (!isPastDeadline(now)) {
            throw new BusinessException("Le délai de correction de cet avertissement n'est pas échu.");
        }
        status = NoticeStatus.WITHDRAWN;
        decidedAt = now;
        decidedBy = fr.catalogue.audit.AuditTrail.SYSTEM;
    }

    private void decide(NoticeStatus outcome, String reviewer, String note, Instant now) {
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "La note ne doit pas dépasser " + NOTE_LENGTH + " caractères.");
        }
        status = outcome;
        decidedAt = now;
        decidedBy = reviewer.length() <= 60 ? reviewer : reviewer.substring(0, 60);
        decisionNote = trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new BusinessException("Cet avertissement est clos (" + status.label() + ").");
        }
    }

    private void requireAnswered() {
        if (status != NoticeStatus.ANSWERED) {
            throw new BusinessException("Seule une réponse du partenaire peut être acceptée ou refusée ; "
                    + "cet avertissement est « " + status.label() + " ».");
        }
    }

    private void requireBeforeDeadline(Instant now) {
        if (deadline != null && !now.isBefore(deadline)) {
            throw new BusinessException("Le délai de quinze jours après réception est dépassé.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public byte[] getPdf() {
        return pdf == null ? null : pdf.clone();
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public List<NoticeItem> getItems() {
        return items.stream().map(NoticeLine::toItem).toList();
    }

    public long getVersion() {
        return version;
    }
}
