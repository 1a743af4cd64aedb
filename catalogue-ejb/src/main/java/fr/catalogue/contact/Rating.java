package fr.catalogue.contact;

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
 * A business's rating of a provider after a contact request (R24): 1 to 5 stars, counted at once,
 * and an optional comment published only after a reviewer's moderation. A comment is moderated
 * once: a second reviewer gets a clear refusal (the status guard, and the optimistic lock).
 */
@Entity
@Table(name = "rating")
@NamedQuery(name = Rating.SUMMARY_OF_PARTNER, query = """
        SELECT COUNT(r), COALESCE(SUM(r.stars), 0) FROM Rating r WHERE r.partnerId = :partner""")
@NamedQuery(name = Rating.COUNT_FOR_REQUEST, query = """
        SELECT COUNT(r) FROM Rating r WHERE r.contactRequestId = :request""")
@NamedQuery(name = Rating.PUBLISHED_OF_PARTNER, query = """
        SELECT NEW fr.catalogue.contact.PublishedComment(r.id, r.stars, r.comment, r.createdAt)
        FROM Rating r WHERE r.partnerId = :partner AND r.commentStatus = fr.catalogue.contact.CommentStatus.PUBLISHED
        ORDER BY r.createdAt DESC, r.id DESC""")
@NamedQuery(name = Rating.COUNT_PENDING, query = """
        SELECT COUNT(r) FROM Rating r WHERE r.commentStatus = fr.catalogue.contact.CommentStatus.PENDING""")
@NamedQuery(name = Rating.PENDING, query = """
        SELECT NEW fr.catalogue.contact.PendingComment(r.id, r.partnerId, p.name, r.stars, r.comment, r.createdAt, r.version)
        FROM Rating r JOIN Partner p ON p.id = r.partnerId
        WHERE r.commentStatus = fr.catalogue.contact.CommentStatus.PENDING
        ORDER BY r.createdAt, r.id""")
public class Rating {

    public static final String SUMMARY_OF_PARTNER = "Rating.summaryOfPartner";
    public static final String COUNT_FOR_REQUEST = "Rating.countForRequest";
    public static final String PUBLISHED_OF_PARTNER = "Rating.publishedOfPartner";
    public static final String COUNT_PENDING = "Rating.countPending";
    public static final String PENDING = "Rating.pending";
    public static final int COMMENT_MAX = 2000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contact_request_id", nullable = false, updatable = false)
    private long contactRequestId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(nullable = false, updatable = false)
    private int stars;

    @Lob
    @Column(updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "comment_status", length = 10)
    private CommentStatus commentStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "moderated_by", length = 60)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "rejection_reason", length = REASON_MAX)
    private String rejectionReason;

    @Version
    private long version;

    protected Rating() {
        // for JPA
    }

    /**
     * @throws InvalidInputException {@code stars} outside 1–5, {@code comment} too long
     */
    Rating(ContactRequest request, Integer stars, String comment, Instant createdAt) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "Choisissez une note de 1 à 5 étoiles.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidInputException("comment", "Votre commentaire ne doit pas dépasser " + COMMENT_MAX
                    + " caractères.");
        }
        this.contactRequestId = request.getId();
        this.partnerId = request.getPartnerId();
        this.stars = stars;
        this.comment = text;
        this.commentStatus = text == null ? null : CommentStatus.PENDING;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A reviewer publishes the comment (R24). */
    void publish(String by, Instant at) {
        requirePending();
        this.commentStatus = CommentStatus.PUBLISHED;
        this.moderatedBy = Objects.requireNonNull(by);
        this.moderatedAt = Objects.requireNonNull(at);
    }

    /** A reviewer rejects the comment, with a reason (the stars still count). */
    void reject(String reason, String by, Instant at) {
        requirePending();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new InvalidInputException("rejectReason", "Indiquez pourquoi le commentaire est refusé.");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException("rejectReason", "La raison ne doit pas dépasser " + REASON_MAX + " caractères.");
        }
        this.commentStatus = CommentStatus.REJECTED;
        this.rejectionReason = why;
        this.moderatedBy = Objects.requireNonNull(by);
        this.moderatedAt = Objects.requireNonNull(at);
    }

    private void requirePending() {
        if (commentStatus != CommentStatus.PENDING) {
            throw new BusinessException(commentStatus == null ? "Cet avis n'a pas de commentaire à modérer."
                    : "Ce commentaire a déjà été modéré (" + commentStatus.label().toLowerCase(java.util.Locale.FRANCE)
                            + " par " + moderatedBy + ") : rechargez la liste.");
        }
    }

    /** What the audit trail shows of the moderation state. */
    Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("stars", String.valueOf(stars));
        state.put("commentStatus", commentStatus == null ? null : commentStatus.name());
        state.put("reason", rejectionReason);
        return state;
    }

    public Long getId() { return id; }
    public long getContactRequestId() { return contactRequestId; }
    public long getPartnerId() { return partnerId; }
    public int getStars() { return stars; }
    public String getComment() { return comment; }
    public CommentStatus getCommentStatus() { return commentStatus; }
    public long getVersion() { return version; }
}
