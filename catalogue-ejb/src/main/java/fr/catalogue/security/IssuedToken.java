package fr.catalogue.security;

import java.time.Instant;

/** A freshly issued API token: the clear value is returned once and never stored. */
public record IssuedToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
