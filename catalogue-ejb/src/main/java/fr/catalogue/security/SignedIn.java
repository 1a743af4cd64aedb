package fr.catalogue.security;

/**
 * A caller already signed in (by session or bearer token) and whether it must change its password
 * before doing anything else (accounts opened with a generated password, R7).
 */
public record SignedIn(Caller caller, boolean mustChangePassword) {

    static SignedIn of(Account account) {
        return new SignedIn(Caller.of(account), account.isMustChangePassword());
    }
}
