package fr.catalogue.api.auth;

/** Credentials exchanged for an API token. */
public record TokenRequestJson(String userCode, String password) {

    @Override
    public String toString() {
        return "TokenRequestJson[userCode=" + userCode + "]";
    }
}
