package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;

/**
 * An establishment's SIRET number: 14 digits, the first 9 being its company's {@link Siren}, the
 * whole passing the Luhn checksum. La Poste's establishments (SIREN 356 000 000) follow INSEE's
 * special rule instead: the sum of the digits is a multiple of 5.
 */
public record Siret(String value) {

    public static final String FIELD = "siret";
    private static final String LA_POSTE = "356000000";

    public Siret {
        value = Luhn.compact(value);
        if (!value.matches("\\d{14}")) {
            throw new InvalidInputException(FIELD, "Le numéro SIRET doit comporter 14 chiffres.");
        }
        boolean valid = value.startsWith(LA_POSTE) ? digitSum(value) % 5 == 0 : Luhn.passes(value);
        if (!valid) {
            throw new InvalidInputException(FIELD, "Le numéro SIRET « " + value + " » n'est pas valide (clé de contrôle erronée).");
        }
    }

    /** The SIREN of the company the establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /** Whether this establishment belongs to the company {@code siren}. */
    public boolean belongsTo(Siren siren) {
        return value.startsWith(siren.value());
    }

    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " " + value.substring(9);
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    @Override
    public String toString() {
        return value;
    }
}
