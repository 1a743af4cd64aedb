package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;

/**
 * A French postcode: 5 digits whose first two name a département (01 to 95, Corsica's 20) or an
 * overseas territory (97, 98).
 */
public record Postcode(String value) {

    public static final String FIELD = "postcode";

    public Postcode {
        value = value == null ? "" : value.replaceAll("\\s", "");
        if (!value.matches("\\d{5}")) {
            throw new InvalidInputException(FIELD, "Le code postal doit comporter 5 chiffres.");
        }
        int department = Integer.parseInt(value.substring(0, 2));
        if (department == 0 || department == 96 || department == 99) {
            throw new InvalidInputException(FIELD, "Le code postal « " + value + " » n'existe pas.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
