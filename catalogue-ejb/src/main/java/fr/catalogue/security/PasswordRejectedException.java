package fr.catalogue.security;

import fr.catalogue.common.InvalidInputException;
import java.util.List;

/** A new password refused by the {@link PasswordPolicy}: every reason, in French. */
public class PasswordRejectedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    public PasswordRejectedException(List<String> violations) {
        super("newPassword", String.join(" ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
