package fr.catalogue.partner;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A supporting document (R8), checked as a PDF before it is stored. Lists read it without its
 * content ({@link AttachmentInfo}); the content is read by its own query when downloaded.
 */
@Entity
@Table(name = "application_attachment")
@NamedQuery(name = Attachment.INFO_OF_APPLICATION, query = """
        SELECT NEW fr.catalogue.partner.AttachmentInfo(a.id, a.kind, a.fileName, a.sizeBytes, a.sha256, a.validUntil, a.uploadedAt)
        FROM Attachment a WHERE a.applicationId = :application ORDER BY a.kind, a.uploadedAt""")
@NamedQuery(name = Attachment.INFO_OF_PARTNER, query = """
        SELECT NEW fr.catalogue.partner.AttachmentInfo(a.id, a.kind, a.fileName, a.sizeBytes, a.sha256, a.validUntil, a.uploadedAt)
        FROM Attachment a WHERE a.partnerId = :partner ORDER BY a.kind, a.uploadedAt DESC""")
@NamedQuery(name = Attachment.OF_APPLICATION, query = "SELECT a FROM Attachment a WHERE a.applicationId = :application")
@NamedQuery(name = Attachment.CONTENT, query = "SELECT a.content FROM Attachment a WHERE a.id = :id")
public class Attachment {

    public static final String INFO_OF_APPLICATION = "Attachment.infoOfApplication";
    public static final String INFO_OF_PARTNER = "Attachment.infoOfPartner";
    public static final String OF_APPLICATION = "Attachment.ofApplication";
    public static final String CONTENT = "Attachment.content";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    protected Attachment() {
        // for JPA
    }

    Attachment(Long applicationId, Long partnerId, Upload upload, String sha256, Instant uploadedAt, String uploadedBy) {
        this.applicationId = applicationId;
        this.partnerId = partnerId;
        this.kind = upload.kind();
        this.fileName = upload.safeFileName();
        this.contentType = PdfCheck.PDF;
        this.sizeBytes = upload.content().length;
        this.sha256 = sha256;
        this.content = upload.content();
        this.validUntil = upload.validUntil();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** The documents of a validated application become its partner's. */
    void passTo(long partner) {
        this.partnerId = partner;
    }

    public Long getId() { return id; }
    public AttachmentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Long getApplicationId() { return applicationId; }
    public Long getPartnerId() { return partnerId; }
}
