package fr.catalogue.mail;

import fr.catalogue.common.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Where every outgoing e-mail starts: {@link #enqueue} writes the message in the caller's own
 * transaction, so it exists if and only if the action that causes it is committed.
 */
@Stateless
public class Outbox {

    /** Enough to refuse what cannot be an address; the SMTP server has the last word. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Writes a plain-text message to the outbox, in the caller's transaction (there must be one).
     *
     * @throws InvalidInputException when the address cannot be an e-mail address
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMessage enqueue(String recipient, String subject, String body) {
        if (!isAddress(recipient)) {
            throw new InvalidInputException("email", "L'adresse électronique « " + recipient + " » n'est pas valide.");
        }
        String shortSubject = subject.length() > OutboxMessage.SUBJECT_LENGTH
                ? subject.substring(0, OutboxMessage.SUBJECT_LENGTH) : subject;
        OutboxMessage message = new OutboxMessage(recipient.trim(), shortSubject, body, clock.instant());
        em.persist(message);
        return message;
    }

    /** Whether a value looks like an e-mail address (one @, a dot in the domain, no spaces). */
    public static boolean isAddress(String value) {
        return value != null && value.trim().length() <= OutboxMessage.RECIPIENT_LENGTH
                && ADDRESS.matcher(value.trim()).matches();
    }
}
