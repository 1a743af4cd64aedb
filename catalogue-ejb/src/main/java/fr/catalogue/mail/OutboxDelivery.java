package fr.catalogue.mail;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the messages of the outbox, one transaction per message. The message row is locked
 * ({@code SELECT … FOR UPDATE}) while it is sent and marked, so two server instances polling the
 * same outbox never send one message twice; the second finds it sent and skips it. (If the server
 * accepts a message and the commit then fails, the message is sent again later: at least once.)
 */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** What became of one message. */
    public enum Outcome {
        SENT, RETRY_LATER, FAILED, SKIPPED
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The ids of the messages due now, the longest waiting first, at most {@code limit}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> findDue(int limit) {
        return em.createNamedQuery(OutboxMessage.FIND_DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Sends one message if it is still due: marks it sent when the server accepts it; otherwise
     * records the error and schedules the next attempt, or gives up only when the server refused
     * the recipient's address for good ({@link DeliveryFailure}). Message bodies are never logged.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long messageId, MailSender sender, RetrySchedule retry) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isDue(clock.instant())) {
            return Outcome.SKIPPED; // sent meanwhile by another instance, or rescheduled
        }
        try {
            sender.send(message.getRecipient(), message.getSubject(), message.getBody());
        } catch (MessagingException | RuntimeException e) {
            return failed(message, DeliveryFailure.of(e), retry);
        }
        message.markSent(clock.instant());
        audit.recordBySystem(Change.of("OUTBOX_MESSAGE", messageId, null, "SEND",
                Map.of("status", OutboxStatus.PENDING.name()), Map.of("status", OutboxStatus.SENT.name())));
        return Outcome.SENT;
    }

    private Outcome failed(OutboxMessage message, DeliveryFailure failure, RetrySchedule retry) {
        Instant now = clock.instant();
        if (failure.permanent()) {
            message.markFailed(failure.description(), null);
            audit.recordBySystem(Change.of("OUTBOX_MESSAGE", message.getId(), null, "SEND_REFUSED",
                    Map.of("status", OutboxStatus.PENDING.name()), Map.of("status", OutboxStatus.FAILED.name())));
            LOG.log(Level.WARNING, "Outbox message {0} refused for good by the SMTP server: {1}",
                    new Object[] {message.getId(), failure.description()});
            return Outcome.FAILED;
        }
        Instant next = retry.nextAttempt(now, message.getAttempts() + 1);
        message.markFailed(failure.description(), next);
        LOG.log(Level.WARNING, "Outbox message {0} not delivered (attempt {1}), next attempt at {2}: {3}",
                new Object[] {message.getId(), message.getAttempts(), next, failure.description()});
        return Outcome.RETRY_LATER;
    }
}
