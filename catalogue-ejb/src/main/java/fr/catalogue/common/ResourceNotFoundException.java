package fr.catalogue.common;

/** What was asked for does not exist (or is not visible to the caller: both look the same). */
public class ResourceNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
