package fr.catalogue.security;

import java.time.Instant;

/**
 * A caller already signed in (by session or bearer token), whether it must change its password
 * before doing anything else (accounts opened with a generated password, R7), and when its
 * password last changed (a session opened before that change is no longer valid).
 */
public record SignedIn(Caller caller, boolean mustChangePassword, Instant passwordChangedAt) {

    static SignedIn of(Account account) {
        return new SignedIn(Caller.of(account), account.isMustChangePassword(), account.getPasswordChangedAt());
    }

    /** A value that changes whenever the password does, for a session to remember which password it was opened with. */
    public String passwordStamp() {
        return passwordChangedAt == null ? "" : passwordChangedAt.toString();
    }
}
