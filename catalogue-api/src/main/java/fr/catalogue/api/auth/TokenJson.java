package fr.catalogue.api.auth;

import java.time.Instant;

/** A bearer token and the moment it stops working. */
public record TokenJson(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "TokenJson[expiresAt=" + expiresAt + "]";
    }
}
