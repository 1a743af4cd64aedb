package fr.catalogue.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a partner's right of use, as it happened: never changed afterwards (R18). */
@Entity
@Table(name = "label_transition")
@NamedQuery(name = LabelTransition.OF_PARTNER, query = """
        SELECT t FROM LabelTransition t WHERE t.partnerId = :partner ORDER BY t.at DESC, t.id DESC""")
public class LabelTransition {

    public static final String OF_PARTNER = "LabelTransition.findOfPartner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 10, updatable = false)
    private LabelStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 10, updatable = false)
    private LabelStatus toStatus;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = LabelRight.REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "notice_id", updatable = false)
    private Long noticeId;

    protected LabelTransition() {
        // for JPA
    }

    /** The record of {@code step} for a partner, about a notice when there is one. */
    public LabelTransition(long partnerId, LabelRight.Step step, Long noticeId) {
        this.partnerId = partnerId;
        this.fromStatus = step.from();
        this.toStatus = step.to();
        this.at = step.at();
        this.actor = shorten(step.actor());
        this.reason = step.reason();
        this.noticeId = noticeId;
    }

    /** The grant at validation (R22): the first entry of every right's history. */
    public static LabelTransition granted(long partnerId, Instant at, String actor) {
        LabelTransition grant = new LabelTransition();
        grant.partnerId = partnerId;
        grant.toStatus = LabelStatus.GRANTED;
        grant.at = at;
        grant.actor = shorten(actor);
        grant.reason = "Droit d'usage accordé à la validation du partenaire";
        return grant;
    }

    private static String shorten(String actor) {
        return actor.length() <= 60 ? actor : actor.substring(0, 60);
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public LabelStatus getFromStatus() {
        return fromStatus;
    }

    public LabelStatus getToStatus() {
        return toStatus;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Long getNoticeId() {
        return noticeId;
    }
}
