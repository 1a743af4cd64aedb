package fr.catalogue.referral;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A report about a partner (R20). It is triaged once: into a finding of the open campaign, or
 * dismissed with a reason; a second reviewer acting on it meanwhile gets a clear refusal
 * (the status guard, and the optimistic lock on {@code version}).
 */
@Entity
@Table(name = "referral")
@NamedQuery(name = Referral.COUNT_BY_EMAIL_SINCE, query = """
        SELECT COUNT(r) FROM Referral r WHERE r.reporterEmail = :email AND r.createdAt >= :since""")
@NamedQuery(name = Referral.COUNT_BY_ADDRESS_SINCE, query = """
        SELECT COUNT(r) FROM Referral r WHERE r.reporterAddressHash = :hash AND r.createdAt >= :since""")
public class Referral {

    public static final String COUNT_BY_EMAIL_SINCE = "Referral.countByEmailSince";
    public static final String COUNT_BY_ADDRESS_SINCE = "Referral.countByAddressSince";
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_partner_id", nullable = false, updatable = false)
    private long targetPartnerId;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(name = "reporter_partner_id", updatable = false)
    private Long reporterPartnerId;

    @Column(name = "reporter_name", nullable = false, length = ReferralInput.NAME_MAX, updatable = false)
    private String reporterName;

    @Column(name = "reporter_email", nullable = false, length = ReferralInput.EMAIL_MAX, updatable = false)
    private String reporterEmail;

    @Column(name = "reporter_ip_hash", length = 64, updatable = false)
    private String reporterAddressHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReferralReason reason;

    @Lob
    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReferralStatus status;

    @Column(name = "finding_id")
    private Long findingId;

    @Column(name = "triaged_by", length = 60)
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "triage_note", length = NOTE_MAX)
    private String triageNote;

    @Version
    private long version;

    protected Referral() {
        // for JPA
    }

    Referral(ReferralInput input, Long reporterPartnerId, String reporterAddressHash, Instant createdAt) {
        this.targetPartnerId = input.targetPartnerId();
        this.offerId = input.offerId();
        this.reporterPartnerId = reporterPartnerId;
        this.reporterName = input.reporterName();
        this.reporterEmail = input.reporterEmail();
        this.reporterAddressHash = reporterAddressHash;
        this.reason = input.reason();
        this.description = input.description();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = ReferralStatus.NEW;
    }

    /** The referral became a finding of the open campaign (R17, R20). */
    public void triage(long findingId, String by, Instant at, String note) {
        requireNew();
        this.status = ReferralStatus.TRIAGED;
        this.findingId = findingId;
        this.triagedBy = Objects.requireNonNull(by);
        this.triagedAt = Objects.requireNonNull(at);
        this.triageNote = blankToNull(note);
    }

    /** The referral is dismissed, with the reviewer's reason. */
    public void dismiss(String reason, String by, Instant at) {
        requireNew();
        String why = blankToNull(reason);
        if (why == null) {
            throw new InvalidInputException("dismissReason", "Indiquez pourquoi le signalement est classé sans suite.");
        }
        if (why.length() > NOTE_MAX) {
            throw new InvalidInputException("dismissReason", "La raison ne doit pas dépasser " + NOTE_MAX + " caractères.");
        }
        this.status = ReferralStatus.DISMISSED;
        this.triagedBy = Objects.requireNonNull(by);
        this.triagedAt = Objects.requireNonNull(at);
        this.triageNote = why;
    }

    private void requireNew() {
        if (status != ReferralStatus.NEW) {
            throw new BusinessException("Ce signalement a déjà été traité (" + status.label().toLowerCase(java.util.Locale.FRANCE)
                    + " par " + triagedBy + ") : rechargez la liste.");
        }
    }

    /** What the audit trail shows of the referral's triage state. */
    Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("findingId", findingId == null ? null : findingId.toString());
        state.put("note", triageNote);
        return state;
    }

    /** What the audit trail shows of a new referral (the reporter's address is not repeated there). */
    Map<String, String> submitted() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("targetPartnerId", String.valueOf(targetPartnerId));
        state.put("offerId", offerId == null ? null : offerId.toString());
        state.put("reason", reason.name());
        state.put("reporterPartnerId", reporterPartnerId == null ? null : reporterPartnerId.toString());
        state.put("status", status.name());
        return state;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public long getTargetPartnerId() { return targetPartnerId; }
    public Long getOfferId() { return offerId; }
    public ReferralReason getReason() { return reason; }
    public String getDescription() { return description; }
    public ReferralStatus getStatus() { return status; }
    public Long getFindingId() { return findingId; }
    public long getVersion() { return version; }
}
