package fr.catalogue.mail;

/** Where an outgoing message stands. */
public enum OutboxStatus {
    /** Written, not yet accepted by the SMTP server (never tried, or to be tried again). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Refused for good (for example an address the server rejects permanently), or out of attempts. */
    FAILED
}
