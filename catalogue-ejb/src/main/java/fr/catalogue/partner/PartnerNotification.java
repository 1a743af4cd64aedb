package fr.catalogue.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to a partner, shown in its space: for example that a new version of a specification
 * no longer accepts one of its offers (R5, R17). Written by the services that decide it.
 */
@Entity
@Table(name = "partner_notification")
@NamedQuery(name = PartnerNotification.OF_PARTNER, query = """
        SELECT n FROM PartnerNotification n WHERE n.partnerId = :partner ORDER BY n.createdAt DESC, n.id DESC""")
public class PartnerNotification {

    public static final String OF_PARTNER = "PartnerNotification.findOfPartner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected PartnerNotification() {
        // for JPA
    }

    /** A message to show in a partner's space, written in the caller's transaction. */
    public static PartnerNotification to(long partnerId, String subject, String body, Instant now) {
        PartnerNotification message = new PartnerNotification();
        message.partnerId = partnerId;
        message.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
        message.body = body;
        message.createdAt = now;
        return message;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
