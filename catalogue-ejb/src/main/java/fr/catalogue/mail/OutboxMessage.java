package fr.catalogue.mail;

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
import java.util.Objects;

/** One outgoing e-mail, plain text, written in the transaction of the action that causes it. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.FIND_DUE, query = """
        SELECT m.id FROM OutboxMessage m
        WHERE m.status = fr.catalogue.mail.OutboxStatus.PENDING AND m.nextAttemptAt <= :now
        ORDER BY m.nextAttemptAt, m.id""")
@NamedQuery(name = OutboxMessage.FIND_BY_STATUS, query = """
        SELECT m FROM OutboxMessage m
        WHERE (:status IS NULL OR m.status = :status)
        ORDER BY m.createdAt DESC, m.id DESC""")
@NamedQuery(name = OutboxMessage.COUNT_BY_STATUS, query = """
        SELECT COUNT(m) FROM OutboxMessage m
        WHERE (:status IS NULL OR m.status = :status)""")
@NamedQuery(name = OutboxMessage.COUNT_PER_STATUS, query = """
        SELECT m.status, COUNT(m) FROM OutboxMessage m GROUP BY m.status""")
public class OutboxMessage {

    public static final String FIND_DUE = "OutboxMessage.findDue";
    public static final String FIND_BY_STATUS = "OutboxMessage.findByStatus";
    public static final String COUNT_BY_STATUS = "OutboxMessage.countByStatus";
    public static final String COUNT_PER_STATUS = "OutboxMessage.countPerStatus";

    public static final int RECIPIENT_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 200;
    public static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = RECIPIENT_LENGTH, updatable = false)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Whether the delivery should try to send it now: waiting, and its time has come. */
    public boolean isDue(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * An administrator asks for another attempt right away: a failed message waits again, a waiting
     * one no longer waits for its retry time. The attempts and the last error stay, as history.
     *
     * @throws IllegalStateException when the message was already sent
     */
    public void retryNow(Instant now) {
        if (status == OutboxStatus.SENT) {
            throw new IllegalStateException("Message " + id + " was already sent");
        }
        status = OutboxStatus.PENDING;
        nextAttemptAt = now;
    }

    /** The SMTP server accepted the message. */
    public void markSent(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed: try again at {@code retryAt}, or give up for good when it is null. */
    public void markFailed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        if (retryAt == null) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }
}
