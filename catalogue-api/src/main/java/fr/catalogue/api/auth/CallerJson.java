package fr.catalogue.api.auth;

/** Who the API sees behind a token: its user code, role and, for a partner, the partner's id. */
public record CallerJson(String userCode, String role, Long partnerId, String displayName) {
}
