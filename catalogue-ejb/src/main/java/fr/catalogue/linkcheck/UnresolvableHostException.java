package fr.catalogue.linkcheck;

import java.net.UnknownHostException;

/**
 * The host of an address has no address (unknown name, or the resolver gave none). Not a safety
 * refusal: nothing unsafe was found, the site simply cannot be reached, so the crawler reports it as
 * {@link CheckReason#UNREACHABLE} (a partner's typo in a domain is a broken link, not an attack).
 * Unchecked so that {@link AddressSafety#check} keeps its contract; the message is French.
 */
public class UnresolvableHostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String host;

    public UnresolvableHostException(String host, UnknownHostException cause) {
        super("Le nom « " + host + " » ne correspond à aucun site.", cause);
        this.host = host;
    }

    /** The host as looked up (lower-case ASCII). */
    public String host() {
        return host;
    }
}
