package fr.catalogue.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One attempt to download a charter document: who, which version, when, and whether it was served (R23). */
@Entity
@Table(name = "document_download")
public class DocumentDownload {

    /** Whether the file was sent. */
    public enum Outcome { SERVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "partner_id", updatable = false)
    private Long partnerId;

    @Column(name = "user_code", nullable = false, length = 60, updatable = false)
    private String userCode;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Outcome outcome;

    protected DocumentDownload() {
        // for JPA
    }

    DocumentDownload(long documentId, Long partnerId, String userCode, Instant at, Outcome outcome) {
        this.documentId = documentId;
        this.partnerId = partnerId;
        this.userCode = Objects.requireNonNull(userCode);
        this.at = Objects.requireNonNull(at);
        this.outcome = Objects.requireNonNull(outcome);
    }

    public Long getId() { return id; }
}
