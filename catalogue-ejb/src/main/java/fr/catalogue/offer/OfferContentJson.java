package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes the content of a published version (R14) as JSON, the form {@code offer_version.content}
 * keeps it in: {@code {"attributes":{…},"pricing":{"key":{"amount":"12.00","unit":…,"description":…}},
 * "services":{"key":"DIRECT"},"links":[…]}}. Amounts are strings, so that no reader ever rounds
 * them. Plain Java without JSON-P, so that the demo data loader (outside the server) writes the
 * same form as the application; {@link OfferVersion} reads it.
 */
public final class OfferContentJson {

    private OfferContentJson() {
    }

    public static String write(OfferInput content) {
        StringBuilder json = new StringBuilder(256).append("{\"attributes\":{");
        appendEntries(json, content.attributes(), (out, value) -> string(out, value));
        json.append("},\"pricing\":{");
        appendEntries(json, content.pricing(), OfferContentJson::component);
        json.append("},\"services\":{");
        appendEntries(json, content.services(), (out, coverage) -> string(out, coverage.name()));
        json.append("},\"links\":[");
        boolean first = true;
        for (String link : content.links()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, link);
        }
        return json.append("]}").toString();
    }

    private interface ValueWriter<V> {
        void write(StringBuilder out, V value);
    }

    private static <V> void appendEntries(StringBuilder json, Map<String, V> map, ValueWriter<V> writer) {
        boolean first = true;
        for (Map.Entry<String, V> entry : map.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey());
            json.append(':');
            writer.write(json, entry.getValue());
        }
    }

    private static void component(StringBuilder json, PriceComponent component) {
        json.append("{\"amount\":");
        BigDecimal amount = component.amount();
        nullable(json, amount == null ? null : amount.toPlainString());
        json.append(",\"unit\":");
        nullable(json, component.unit());
        json.append(",\"description\":");
        nullable(json, component.description());
        json.append('}');
    }

    private static void nullable(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
        } else {
            string(json, value);
        }
    }

    /** A JSON string literal (RFC 8259 escapes). */
    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
