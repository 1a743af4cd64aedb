package fr.catalogue.partner;

/**
 * What an administrator looks for in the partner directory: a piece of the company's name or the
 * beginning of its SIREN (typed with or without spaces), and optionally one kind of partner.
 * Turns the words typed into LIKE patterns that match them literally ({@code %} and {@code _}
 * typed by the user are not wildcards).
 */
public record DirectorySearch(String text, PartnerKind kind) {

    /** The escape character the directory queries declare ({@code ESCAPE '!'}). */
    public static final char ESCAPE = '!';

    public DirectorySearch {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Everyone, of every kind. */
    public static DirectorySearch all() {
        return new DirectorySearch(null, null);
    }

    /** The pattern for the name ({@code %text%}), or null when nothing was typed. */
    public String namePattern() {
        return text == null ? null : "%" + escape(text) + "%";
    }

    /**
     * The pattern for the SIREN ({@code digits%}) when what was typed is digits and spaces, null
     * otherwise: a SIREN is searched by its beginning, as people read it out.
     */
    public String sirenPattern() {
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "").replace("\u00a0", "");
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? digits + "%" : null;
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 4);
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
