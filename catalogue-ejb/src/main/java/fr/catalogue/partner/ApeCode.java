package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;
import java.util.Locale;

/**
 * An APE code, the company's main activity in the French NAF rev. 2 nomenclature: 4 digits and a
 * letter, e.g. {@code 6202A}. Accepts the dotted form {@code 62.02A} and lower case; stores {@code 6202A}.
 */
public record ApeCode(String value) {

    public static final String FIELD = "apeCode";

    public ApeCode {
        String compact = value == null ? "" : value.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("\\d{4}[A-Z]")) {
            throw new InvalidInputException(FIELD,
                    "Le code APE doit comporter 4 chiffres et une lettre, par exemple 6202A ou 62.02A.");
        }
        // NAF rev. 2 letters stop at Z, but I and O are never used (they look like digits)
        if (compact.charAt(4) == 'I' || compact.charAt(4) == 'O') {
            throw new InvalidInputException(FIELD, "Le code APE « " + value + " » n'existe pas (lettre I ou O).");
        }
        value = compact;
    }

    /** As INSEE prints it: "62.02A". */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
