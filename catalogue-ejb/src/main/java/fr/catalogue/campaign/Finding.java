package fr.catalogue.campaign;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of a review campaign (R17): found by the automatic checks, a reviewer or a referral
 * (R20), then confirmed or dismissed by a reviewer while the campaign is open. Confirmed findings
 * go into the partner's notice when the campaign closes (R18). Optimistic locking: a reviewer
 * deciding on a finding someone else changed meanwhile is refused, nothing is overwritten.
 */
@Entity
@Table(name = "finding")
@NamedQuery(name = Finding.CONFIRMED_OF_CAMPAIGN, query = "SELECT f FROM Finding f WHERE f.campaignId = :campaign"
        + " AND f.status = fr.catalogue.campaign.FindingStatus.CONFIRMED ORDER BY f.partnerId, f.offerId, f.id")
@NamedQuery(name = Finding.COUNT_OF_STATUS, query = "SELECT COUNT(f) FROM Finding f WHERE f.campaignId = :campaign"
        + " AND f.status = :status")
public class Finding {

    public static final String CONFIRMED_OF_CAMPAIGN = "Finding.confirmedOfCampaign";
    public static final String COUNT_OF_STATUS = "Finding.countOfStatus";
    public static final int DETAIL_LENGTH = 2000;
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private FindingSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FindingKind kind;

    @Column(nullable = false, length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FindingStatus status;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "notice_id")
    private Long noticeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 60, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Finding() {
        // for JPA
    }

    /**
     * A finding added by a person (a reviewer, or a referral triaged by one), pending a decision.
     *
     * @throws InvalidInputException when the detail is missing or too long, or the kind is an automatic one
     */
    public static Finding manual(long campaignId, long partnerId, Long offerId, FindingKind kind, String detail,
            FindingSource source, String by, Instant at) {
        if (kind == null) {
            throw new InvalidInputException("kind", "Choisissez le type de constat.");
        }
        if (source == null || source == FindingSource.AUTOMATIC) {
            throw new InvalidInputException("source", "Un constat ajouté à la main vient d'un relecteur ou d'un signalement.");
        }
        String text = detail == null ? "" : detail.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("detail", "Décrivez le manquement constaté.");
        }
        if (text.length() > DETAIL_LENGTH) {
            throw new InvalidInputException("detail", "La description ne doit pas dépasser " + DETAIL_LENGTH + " caractères.");
        }
        Finding finding = new Finding();
        finding.campaignId = campaignId;
        finding.partnerId = partnerId;
        finding.offerId = offerId;
        finding.kind = kind;
        finding.source = source;
        finding.detail = text;
        finding.status = FindingStatus.PENDING;
        finding.createdAt = Objects.requireNonNull(at);
        finding.createdBy = by;
        return finding;
    }

    /**
     * A reviewer's decision: confirms or dismisses the finding (and may change their mind while the
     * campaign is open).
     *
     * @param expectedVersion the version the reviewer saw
     * @throws BusinessException when someone changed the finding since (nothing is overwritten)
     * @throws InvalidInputException when the decision is not CONFIRMED or DISMISSED, or the note is too long
     */
    public void decide(FindingStatus decision, long expectedVersion, String by, Instant at, String note) {
        if (expectedVersion != version) {
            throw concurrentChange();
        }
        if (decision == null || decision == FindingStatus.PENDING) {
            throw new InvalidInputException("decision", "Confirmez ou écartez le constat.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "La note ne doit pas dépasser " + NOTE_LENGTH + " caractères.");
        }
        status = decision;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        if (text != null) {
            this.note = text;
        }
    }

    /** The refusal shown to a reviewer whose view of a finding is out of date. */
    public BusinessException concurrentChange() {
        return new BusinessException("Le constat n° " + id + " a été modifié entre-temps"
                + (decidedBy == null ? "" : " par " + decidedBy) + " : rien n'a été enregistré."
                + " Rechargez la liste pour voir sa décision actuelle.");
    }

    /** Records the notice that carried the finding to the partner. */
    void sentIn(long notice) {
        noticeId = notice;
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("campaign", String.valueOf(campaignId));
        state.put("offer", offerId == null ? null : String.valueOf(offerId));
        state.put("kind", kind.name());
        state.put("source", source.name());
        state.put("status", status.name());
        state.put("note", note);
        state.put("notice", noticeId == null ? null : String.valueOf(noticeId));
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public FindingSource getSource() {
        return source;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public long getVersion() {
        return version;
    }
}
