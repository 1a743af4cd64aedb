package fr.catalogue.need;

import java.util.Locale;
import java.util.Optional;

/** The Internet access a business wants (R28). */
public enum InternetAccess {
    NONE("Aucun (j'ai déjà ce qu'il me faut)"),
    FIXED("Fixe : ADSL ou fibre"),
    MOBILE("Mobile : 4G ou 5G"),
    BOTH("Fixe et mobile");

    private final String label;

    InternetAccess(String label) {
        this.label = label;
    }

    /** The French wording of the form. */
    public String label() {
        return label;
    }

    /** The value of that name, any case; empty when it names none. */
    public static Optional<InternetAccess> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
