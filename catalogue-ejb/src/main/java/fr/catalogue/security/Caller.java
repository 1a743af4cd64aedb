package fr.catalogue.security;

/** Who is signed in: the user code, the role, and the partner it acts for (null for staff). */
public record Caller(String userCode, Role role, Long partnerId, String displayName) {

    static Caller of(Account account) {
        Long partnerId = account.getPartner() == null ? null : account.getPartner().getId();
        return new Caller(account.getUserCode(), account.getRole(), partnerId, account.getDisplayName());
    }
}
