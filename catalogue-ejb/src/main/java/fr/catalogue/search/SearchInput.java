package fr.catalogue.search;

import fr.catalogue.category.Family;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.geo.Departments;
import fr.catalogue.partner.PartnerKind;
import fr.catalogue.specification.Criterion;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads the search's parameters as visitors and API clients type them, refusing a bad value with
 * the parameter's name and a French message (a 400 in the API, a message on the page). Blank means
 * "no filter" (null). The same rules for the API ({@code family}, {@code priceMin}…) and the page
 * ({@code famille}, {@code prixMin}…): only the names differ.
 */
public final class SearchInput {

    /** The longest text searched. */
    public static final int MAX_TEXT_LENGTH = 200;

    private SearchInput() {
    }

    public static String text(String field, String raw) {
        String text = blank(raw) ? null : raw.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "La recherche est limitée à " + MAX_TEXT_LENGTH + " caractères.");
        }
        return text;
    }

    public static Family family(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Family.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Famille inconnue : « " + raw.strip() + " ».");
        }
    }

    /** An amount in euros excl. VAT, 0 or more, "1500", "1500.50" or "1 500,50". */
    public static BigDecimal price(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(raw.strip().replace(",", ".").replace(" ", "").replace("\u00a0", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "« " + raw.strip() + " » n'est pas un montant en euros.");
        }
    }

    /** Refuses a minimum above the maximum (named by {@code maxField}). */
    public static void priceRange(String maxField, BigDecimal min, BigDecimal max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidInputException(maxField, "Le prix maximum est inférieur au prix minimum.");
        }
    }

    /** A département code: "35", "2A", "974" (a single digit gets its 0: "1" → "01"). */
    public static String department(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        String padded = code.length() == 1 ? "0" + code : code;
        return Departments.byCode(padded).map(d -> d.code())
                .orElseThrow(() -> new InvalidInputException(field, "Département inconnu : « " + raw.strip() + " »."));
    }

    /** An INSEE region code: "53" for Bretagne. */
    public static String region(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        String code = raw.strip();
        if (!Departments.regions().containsKey(code)) {
            throw new InvalidInputException(field, "Région inconnue : « " + code + " ».");
        }
        return code;
    }

    public static PartnerKind kind(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return PartnerKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Type de partenaire inconnu : « " + raw.strip() + " ».");
        }
    }

    public static Long partner(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "« " + raw.strip() + " » n'est pas un numéro de partenaire.");
        }
    }

    public static SearchSort sort(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        return SearchSort.fromCode(raw).orElseThrow(() -> new InvalidInputException(field,
                "Tri inconnu : « " + raw.strip() + " » (pertinence, prix, prix-desc ou recent)."));
    }

    /**
     * A criterion filter of the chosen category: its key must be one of the category's criteria
     * facets; a numeric one takes a range {@code "min-max"}.
     *
     * @param facet the facet of that key in the chosen category, or null when it has none
     */
    public static String criterion(String field, String key, String raw, String category, CriterionFacet facet) {
        if (blank(raw)) {
            return null;
        }
        if (category == null) {
            throw new InvalidInputException(field, "Choisissez une catégorie pour filtrer sur ses critères.");
        }
        if (key == null || !Criterion.KEY_PATTERN.matcher(key).matches() || facet == null) {
            throw new InvalidInputException(field, "Critère inconnu pour cette catégorie : « " + key + " ».");
        }
        if (facet.numeric() && CriterionFacet.parseRange(raw.strip()).isEmpty()) {
            throw new InvalidInputException(field, "« " + raw.strip() + " » n'est pas un intervalle (par exemple 8-16).");
        }
        return raw.strip();
    }

    /** A price facet value {@code "min-max"} (max exclusive) as the inclusive bounds of the price filter. */
    public static BigDecimal[] priceFacet(String field, String raw) {
        if (blank(raw)) {
            return new BigDecimal[2];
        }
        CriterionFacet.Range range = CriterionFacet.parseRange(raw.strip())
                .orElseThrow(() -> new InvalidInputException(field, "« " + raw.strip() + " » n'est pas une tranche de prix"
                        + " (par exemple 500-1000)."));
        return new BigDecimal[] {range.min(),
                range.max() == null ? null : range.max().subtract(new BigDecimal("0.01"))};
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
