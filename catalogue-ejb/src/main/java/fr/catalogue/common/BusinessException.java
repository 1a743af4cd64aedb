package fr.catalogue.common;

import jakarta.ejb.ApplicationException;

/**
 * A refusal of the business rules: unchecked, rolls back the transaction, and carries a message
 * fit to be shown to the user. Pages and resources translate it; they never show a stack trace.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String message) {
        super(message);
    }
}
