package fr.catalogue.mail;

import java.time.Instant;

/** A message of the outbox as administrators list it: everything but the body. */
public record OutboxRow(long id, String recipient, String subject, OutboxStatus status, int attempts,
        String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    static OutboxRow of(OutboxMessage message) {
        return new OutboxRow(message.getId(), message.getRecipient(), message.getSubject(), message.getStatus(),
                message.getAttempts(), message.getLastError(), message.getCreatedAt(), message.getNextAttemptAt(),
                message.getSentAt());
    }
}
