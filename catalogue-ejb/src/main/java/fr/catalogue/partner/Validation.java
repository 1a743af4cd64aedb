package fr.catalogue.partner;

/** What validating an application created (R7): the partner and the user code sent to it (never the password). */
public record Validation(long applicationId, long partnerId, String userCode) {
}
