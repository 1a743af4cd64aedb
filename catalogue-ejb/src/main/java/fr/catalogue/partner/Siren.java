package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;

/**
 * A company's SIREN number: 9 digits passing the Luhn checksum. Spaces and dots typed between the
 * digits are accepted and dropped.
 */
public record Siren(String value) {

    public static final String FIELD = "siren";

    public Siren {
        value = Luhn.compact(value);
        if (!value.matches("\\d{9}")) {
            throw new InvalidInputException(FIELD, "Le numéro SIREN doit comporter 9 chiffres.");
        }
        if (!Luhn.passes(value)) {
            throw new InvalidInputException(FIELD, "Le numéro SIREN « " + value + " » n'est pas valide (clé de contrôle erronée).");
        }
    }

    /** As printed on official documents: "123 456 789". */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
