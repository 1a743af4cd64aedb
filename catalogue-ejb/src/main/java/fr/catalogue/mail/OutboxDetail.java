package fr.catalogue.mail;

/** One message of the outbox with its body, as an administrator reads it. */
public record OutboxDetail(OutboxRow row, String body) {

    /** Whether "retry now" applies: the message was not sent yet. */
    public boolean retryable() {
        return row.status() != OutboxStatus.SENT;
    }
}
