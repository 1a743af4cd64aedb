package fr.catalogue.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change; never updated nor deleted. The states are JSON objects of field → value. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND, query = """
        SELECT e FROM AuditEntry e
        WHERE (:subjectType IS NULL OR e.subjectType = :subjectType)
          AND (:subjectId IS NULL OR e.subjectId = :subjectId)
          AND (:partnerId IS NULL OR e.partnerId = :partnerId)
          AND (:actor IS NULL OR e.actor = :actor)
        ORDER BY e.occurredAt DESC, e.id DESC""")
@NamedQuery(name = AuditEntry.COUNT, query = """
        SELECT COUNT(e) FROM AuditEntry e
        WHERE (:subjectType IS NULL OR e.subjectType = :subjectType)
          AND (:subjectId IS NULL OR e.subjectId = :subjectId)
          AND (:partnerId IS NULL OR e.partnerId = :partnerId)
          AND (:actor IS NULL OR e.actor = :actor)""")
@NamedQuery(name = AuditEntry.SUBJECT_TYPES, query = "SELECT DISTINCT e.subjectType FROM AuditEntry e ORDER BY e.subjectType")
public class AuditEntry {

    public static final String FIND = "AuditEntry.find";
    public static final String SUBJECT_TYPES = "AuditEntry.subjectTypes";
    public static final String COUNT = "AuditEntry.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "actor_role", length = 20, updatable = false)
    private String actorRole;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 60, updatable = false)
    private String subjectId;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Lob
    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Lob
    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant occurredAt, String actor, String actorRole, Change change, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.partnerId = change.partnerId();
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.action = change.action();
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    String getBeforeState() {
        return beforeState;
    }

    String getAfterState() {
        return afterState;
    }
}
