package fr.catalogue.common;

/**
 * The caller is known (or anonymous) but may not have what it asked for, for a reason it may be
 * told: HTTP 403 in the API and the download servlet, a French message in the pages.
 */
public class AccessRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
