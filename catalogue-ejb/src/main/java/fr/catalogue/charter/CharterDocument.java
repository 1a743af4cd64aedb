package fr.catalogue.charter;

import fr.catalogue.label.LabelCaption;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a charter document (R21, R23). Versions are never changed nor deleted: a new
 * file is a new version, so that the SHA-256 a partner noted still names the file it downloaded.
 * Lists read {@link DocumentRow}s without the content; the content is read by its own query.
 */
@Entity
@Table(name = "charter_document")
@NamedQuery(name = CharterDocument.ROWS, query = """
        SELECT NEW fr.catalogue.charter.DocumentRow(d.id, d.kind, d.caption, d.title, d.version, d.fileName,
            d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)
        FROM CharterDocument d ORDER BY d.kind, d.caption, d.version DESC""")
@NamedQuery(name = CharterDocument.LATEST_ROWS, query = """
        SELECT NEW fr.catalogue.charter.DocumentRow(d.id, d.kind, d.caption, d.title, d.version, d.fileName,
            d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)
        FROM CharterDocument d
        WHERE d.version = (SELECT MAX(o.version) FROM CharterDocument o WHERE o.kind = d.kind
            AND (o.caption = d.caption OR (o.caption IS NULL AND d.caption IS NULL)))
        ORDER BY d.kind, d.caption""")
@NamedQuery(name = CharterDocument.ROW, query = """
        SELECT NEW fr.catalogue.charter.DocumentRow(d.id, d.kind, d.caption, d.title, d.version, d.fileName,
            d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)
        FROM CharterDocument d WHERE d.id = :id""")
@NamedQuery(name = CharterDocument.CONTENT, query = "SELECT d.content FROM CharterDocument d WHERE d.id = :id")
public class CharterDocument {

    public static final String ROWS = "CharterDocument.rows";
    public static final String LATEST_ROWS = "CharterDocument.latestRows";
    public static final String ROW = "CharterDocument.row";
    public static final String CONTENT = "CharterDocument.content";
    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private LabelCaption caption;

    @Column(nullable = false, length = TITLE_LENGTH, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private int version;

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

    @Column(name = "uploaded_by", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected CharterDocument() {
        // for JPA
    }

    /** A new version of a document, from a file that passed {@link CharterFileCheck}. */
    CharterDocument(DocumentSlot slot, String title, int version, CharterFileCheck.CheckedFile file, String uploadedBy,
            Instant uploadedAt) {
        this.kind = slot.kind();
        this.caption = slot.caption();
        this.title = Objects.requireNonNull(title);
        this.version = version;
        this.fileName = file.fileName();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** What the audit trail shows of an upload. */
    Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("caption", caption == null ? null : caption.name());
        state.put("title", title);
        state.put("version", String.valueOf(version));
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("sizeBytes", String.valueOf(sizeBytes));
        state.put("sha256", sha256);
        return state;
    }

    public Long getId() { return id; }
    public DocumentKind getKind() { return kind; }
    public LabelCaption getCaption() { return caption; }
    public int getVersion() { return version; }
    public String getSha256() { return sha256; }
}
