package fr.catalogue.partner;

/** The Luhn checksum of SIREN and SIRET numbers (INSEE). */
public final class Luhn {

    private Luhn() {
    }

    /** Whether a string of digits passes the Luhn check. */
    public static boolean passes(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The value with spaces, dots and non-breaking spaces removed, as people type numbers. */
    static String compact(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s\\u00A0\\u202F.\\-]", "");
    }
}
