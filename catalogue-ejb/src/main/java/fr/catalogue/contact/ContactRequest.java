package fr.catalogue.contact;

import fr.catalogue.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A request to be contacted by a partner (R24), made from one of its offers or its page. It carries
 * the hash of the personal link to rate the partner, valid until {@code ratingExpiresAt}. The partner
 * may mark it handled, once.
 */
@Entity
@Table(name = "contact_request")
@NamedQuery(name = ContactRequest.COUNT_BY_EMAIL_SINCE, query = """
        SELECT COUNT(c) FROM ContactRequest c WHERE c.senderEmail = :email AND c.createdAt >= :since""")
@NamedQuery(name = ContactRequest.COUNT_BY_ADDRESS_SINCE, query = """
        SELECT COUNT(c) FROM ContactRequest c WHERE c.senderAddressHash = :hash AND c.createdAt >= :since""")
@NamedQuery(name = ContactRequest.BY_TOKEN, query = """
        SELECT c FROM ContactRequest c WHERE c.ratingTokenHash = :hash""")
@NamedQuery(name = ContactRequest.COUNT_OF_PARTNER, query = """
        SELECT COUNT(c) FROM ContactRequest c WHERE c.partnerId = :partner""")
@NamedQuery(name = ContactRequest.ROWS_OF_PARTNER, query = """
        SELECT NEW fr.catalogue.contact.ContactRow(c.id, c.createdAt, c.offerId, o.title, c.senderName, c.senderEmail,
            c.senderPhone, c.senderCompany, c.message, c.handledAt, c.handledBy)
        FROM ContactRequest c LEFT JOIN Offer o ON o.id = c.offerId
        WHERE c.partnerId = :partner ORDER BY c.createdAt DESC, c.id DESC""")
public class ContactRequest {

    public static final String COUNT_BY_EMAIL_SINCE = "ContactRequest.countByEmailSince";
    public static final String COUNT_BY_ADDRESS_SINCE = "ContactRequest.countByAddressSince";
    public static final String BY_TOKEN = "ContactRequest.byToken";
    public static final String COUNT_OF_PARTNER = "ContactRequest.countOfPartner";
    public static final String ROWS_OF_PARTNER = "ContactRequest.rowsOfPartner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(name = "sender_name", nullable = false, length = ContactInput.NAME_MAX, updatable = false)
    private String senderName;

    @Column(name = "sender_email", nullable = false, length = ContactInput.EMAIL_MAX, updatable = false)
    private String senderEmail;

    @Column(name = "sender_phone", length = 20, updatable = false)
    private String senderPhone;

    @Column(name = "sender_company", length = ContactInput.COMPANY_MAX, updatable = false)
    private String senderCompany;

    @Lob
    @Column(nullable = false, updatable = false)
    private String message;

    @Column(nullable = false, updatable = false)
    private boolean consent;

    @Column(name = "sender_ip_hash", length = 64, updatable = false)
    private String senderAddressHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 60)
    private String handledBy;

    @Column(name = "rating_token_hash", nullable = false, length = 64, updatable = false)
    private String ratingTokenHash;

    @Column(name = "rating_expires_at", nullable = false, updatable = false)
    private Instant ratingExpiresAt;

    @Version
    private long version;

    protected ContactRequest() {
        // for JPA
    }

    ContactRequest(ContactInput input, long partnerId, String senderAddressHash, String ratingTokenHash,
            Instant createdAt, Instant ratingExpiresAt) {
        this.partnerId = partnerId;
        this.offerId = input.offerId();
        this.senderName = input.name();
        this.senderEmail = input.email();
        this.senderPhone = input.phone();
        this.senderCompany = input.company();
        this.message = input.message();
        this.consent = true;
        this.senderAddressHash = senderAddressHash;
        this.ratingTokenHash = Objects.requireNonNull(ratingTokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.ratingExpiresAt = Objects.requireNonNull(ratingExpiresAt);
    }

    /** The partner answered the request (it says so in its space). */
    void markHandled(String by, Instant at) {
        if (handledAt != null) {
            throw new BusinessException("Cette demande est déjà marquée comme traitée (par " + handledBy + ").");
        }
        this.handledBy = Objects.requireNonNull(by);
        this.handledAt = Objects.requireNonNull(at);
    }

    /** What the audit trail shows (no personal data of the sender). */
    Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("partnerId", String.valueOf(partnerId));
        state.put("offerId", offerId == null ? null : offerId.toString());
        state.put("handled", handledAt == null ? "false" : "true");
        return state;
    }

    public Long getId() { return id; }
    public long getPartnerId() { return partnerId; }
    public Long getOfferId() { return offerId; }
    public String getSenderName() { return senderName; }
    public String getSenderEmail() { return senderEmail; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getHandledAt() { return handledAt; }
    public Instant getRatingExpiresAt() { return ratingExpiresAt; }
}
