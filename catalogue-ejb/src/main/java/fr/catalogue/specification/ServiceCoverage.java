package fr.catalogue.specification;

import java.util.Locale;
import java.util.Optional;

/**
 * How a competence centre covers a service of Annex 3 (R9): itself ("savoir faire") or through an
 * identified partner ("savoir faire faire").
 */
public enum ServiceCoverage {
    DIRECT("en propre"),
    VIA_PARTNER("via un partenaire");

    private final String label;

    ServiceCoverage(String label) {
        this.label = label;
    }

    /** The French words shown to users. */
    public String label() {
        return label;
    }

    /**
     * Reads a coverage typed or sent by a person: the constant's name in any case, with spaces or
     * hyphens for underscores ({@code "direct"}, {@code "via partner"}), or the CGU's own words
     * ({@code "savoir faire"}, {@code "savoir-faire-faire"}).
     *
     * @return empty for null, blank or unknown text
     */
    public static Optional<ServiceCoverage> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = Texts.normalizeSpaces(text).toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return switch (normalized) {
            case "direct", "savoir faire" -> Optional.of(DIRECT);
            case "via partner", "savoir faire faire" -> Optional.of(VIA_PARTNER);
            default -> Optional.empty();
        };
    }
}
