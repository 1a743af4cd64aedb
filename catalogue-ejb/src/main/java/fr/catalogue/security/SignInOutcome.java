package fr.catalogue.security;

import java.time.Instant;

/**
 * The answer to a sign-in attempt.
 *
 * @param status accepted, refused (wrong credentials, unknown or disabled account: one answer for all), or locked
 * @param caller who signed in, when accepted
 * @param mustChangePassword whether the accepted caller must choose a new password before anything else
 * @param lockedUntil until when attempts are refused, when locked
 */
public record SignInOutcome(Status status, Caller caller, boolean mustChangePassword, Instant lockedUntil) {

    public enum Status { ACCEPTED, REFUSED, LOCKED }

    static SignInOutcome accepted(Caller caller, boolean mustChangePassword) {
        return new SignInOutcome(Status.ACCEPTED, caller, mustChangePassword, null);
    }

    static SignInOutcome refused() {
        return new SignInOutcome(Status.REFUSED, null, false, null);
    }

    static SignInOutcome locked(Instant until) {
        return new SignInOutcome(Status.LOCKED, null, false, until);
    }

    public boolean isAccepted() {
        return status == Status.ACCEPTED;
    }
}
