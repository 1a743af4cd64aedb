package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structured price of an offer (R12) in plain French words for a small business (R13):
 * "29,90 € HT par mois", "inclus dans le prix", "sur devis". Plain Java, no container.
 */
public final class PriceWords {

    /** French titles of the price components the specifications ask for most, when no criterion names them. */
    private static final Map<String, String> KNOWN_TITLES = Map.ofEntries(
            Map.entry("price_per_service", "Prix par prestation"),
            Map.entry("base_unit", "Unité de base facturée"),
            Map.entry("extra_costs", "Frais supplémentaires"),
            Map.entry("minimum_fee", "Forfait minimum"),
            Map.entry("travel_costs", "Frais de déplacement"),
            Map.entry("travel", "Frais de déplacement"),
            Map.entry("supplies", "Fournitures"),
            Map.entry("packages_options", "Forfaits et options"),
            Map.entry("options", "Options"),
            Map.entry("warranty_cover", "Garantie"),
            Map.entry("intervention_duration", "Durée d'intervention"),
            Map.entry("base_vs_optional", "Offre de base et services en option"),
            Map.entry("terms_of_sale", "Conditions de vente"));

    /**
     * One line of a price in words.
     *
     * @param key the component's key ({@code "base"} for the base price)
     * @param title what the line is about ("Frais de déplacement")
     * @param amount the amount in words ("29,90 € HT par mois", "inclus dans le prix", "sur devis")
     * @param description what the partner says it covers; may be empty
     */
    public record Line(String key, String title, String amount, String description) {

        /** The whole line as one French sentence. */
        public String sentence() {
            return title + " : " + amount + (description.isEmpty() ? "" : " — " + description);
        }
    }

    private PriceWords() {
    }

    /**
     * The price of an offer in words: its base price first, then each component in key order.
     *
     * @param base the offer's price excluding VAT
     * @param components the structured price (R12), by key
     * @param titles the names of the components as the specification in force calls them (criterion
     *               labels by key); a component without one takes a known French title or its key
     */
    public static List<Line> of(BigDecimal base, Map<String, PriceComponent> components, Map<String, String> titles) {
        List<Line> lines = new ArrayList<>();
        if (base != null) {
            lines.add(new Line("base", "Prix de l'offre", amount(base, null), ""));
        }
        new TreeMap<>(components == null ? Map.<String, PriceComponent>of() : components).forEach((key, part) ->
                lines.add(new Line(key, title(key, titles), amount(part.amount(), part.unit()),
                        part.description() == null ? "" : part.description().strip())));
        return List.copyOf(lines);
    }

    /** One component in words: its amount with its unit, or whether it is included or quoted. */
    public static String amount(BigDecimal amount, String unit) {
        if (amount == null) {
            return "sur devis";
        }
        if (amount.signum() == 0) {
            return "inclus dans le prix";
        }
        return euros(amount) + " HT" + per(unit);
    }

    /** An amount in euros, French style: "29,90 €", "30 €", "1 250 €" (a no-break space between thousands). */
    public static String euros(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount) + "\u00a0€";
    }

    private static String per(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String clean = unit.strip();
        if (clean.startsWith("/")) {
            clean = clean.substring(1).strip();
        }
        String lower = clean.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("par ") || lower.startsWith("l'") || lower.startsWith("la ") || lower.startsWith("le ")) {
            return " " + clean;
        }
        return clean.isEmpty() ? "" : " par " + clean;
    }

    private static String title(String key, Map<String, String> titles) {
        String named = titles == null ? null : titles.get(key);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        String known = KNOWN_TITLES.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replace('_', ' ').strip();
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
