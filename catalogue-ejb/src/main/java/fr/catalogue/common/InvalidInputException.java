package fr.catalogue.common;

/** A value given by the caller is not acceptable; {@link #field()} names it (null when the input as a whole is wrong). */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
