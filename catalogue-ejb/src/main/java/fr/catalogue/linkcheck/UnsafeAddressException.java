package fr.catalogue.linkcheck;

import fr.catalogue.common.InvalidInputException;

/**
 * An address the crawler refuses to fetch (scheme other than http/https, malformed, or a host that
 * is or resolves to a forbidden range), with the French reason. Nothing has been fetched.
 */
public class UnsafeAddressException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final CheckReason reason;

    public UnsafeAddressException(CheckReason reason, String message) {
        super("url", message);
        this.reason = reason;
    }

    /** {@link CheckReason#UNSAFE_ADDRESS} or {@link CheckReason#MALFORMED_ADDRESS}. */
    public CheckReason reason() {
        return reason;
    }
}
