package fr.catalogue.linkcheck;

/**
 * What the reviewers' list of links is narrowed to; every criterion is optional.
 *
 * @param verdict only links whose latest check has this verdict
 * @param confirmedOnly only confirmed non-conformities (R15)
 * @param partner part of the partner's name, or of its SIREN
 * @param url part of the address
 * @param oldestFirst sorted by the time of the latest check, oldest first (never-checked first); newest first otherwise
 */
public record LinkFilter(LinkVerdict verdict, boolean confirmedOnly, String partner, String url, boolean oldestFirst) {

    /** Every link, most recently checked first. */
    public static LinkFilter all() {
        return new LinkFilter(null, false, null, null, false);
    }

    /** A LIKE pattern for the partner text, null for any. */
    public String partnerPattern() {
        return pattern(partner);
    }

    /** A LIKE pattern for the address text, null for any. */
    public String urlPattern() {
        return pattern(url);
    }

    /** "contains", with LIKE's wildcards in the text matched literally (escape character '!'). */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
