package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;

/**
 * A French telephone (or fax) number: 10 digits starting with 0 (not 00), or the international
 * form +33 followed by 9 digits. Stored in the national form, grouped by two: "01 23 45 67 89".
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        value = normalize("phone", value);
    }

    /** Reads a number typed in the field {@code field} ("phone", "fax"). */
    public static PhoneNumber of(String field, String raw) {
        return new PhoneNumber(normalize(field, raw));
    }

    private static String normalize(String field, String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s\\u00A0.\\-()/]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        }
        if (!digits.matches("0[1-9]\\d{8}")) {
            throw new InvalidInputException(field,
                    "Le numéro « " + (raw == null ? "" : raw.trim()) + " » n'est pas un numéro français à 10 chiffres (ex. 01 23 45 67 89).");
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < 10; i += 2) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(digits, i, i + 2);
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
