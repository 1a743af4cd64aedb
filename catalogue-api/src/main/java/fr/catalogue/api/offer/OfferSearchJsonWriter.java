package fr.catalogue.api.offer;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes the search's answer, the busiest endpoint's, as JSON text built in memory and encoded in
 * UTF-8 in one go. JSON-B (Yasson) spent about an eighth of a search's time on it, and JSON-P
 * (Parsson) still a sixth: its generator escapes through its own buffer and encodes through a
 * {@code CharsetEncoder}, slow on accented French (docs/performance.md). The answer has one fixed
 * shape, so this writer is short; the tests read its output back with JSON-P, strings of every kind
 * included. Same JSON as JSON-B would write: a null field is left out, instants in ISO-8601, the
 * fields in the order of {@link OfferSearchJson}'s documentation.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class OfferSearchJsonWriter implements MessageBodyWriter<OfferSearchJson> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == OfferSearchJson.class;
    }

    @Override
    public void writeTo(OfferSearchJson answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(json(answer).getBytes(StandardCharsets.UTF_8)); // UTF-8, as JSON must be
    }

    static String json(OfferSearchJson answer) {
        Json json = new Json(4_096 + 600 * answer.items().size() + 2_048 * answer.facets().size());
        json.startObject(null)
                .field("total", answer.total())
                .field("page", answer.page())
                .field("size", answer.size());
        json.startArray("items");
        for (OfferSearchJson.Item item : answer.items()) {
            json.startObject(null).field("id", item.id())
                    .field("title", item.title())
                    .field("category", item.category())
                    .field("categoryName", item.categoryName())
                    .field("family", item.family());
            if (item.partner() != null) {
                json.startObject("partner").field("id", item.partner().id())
                        .field("name", item.partner().name())
                        .field("town", item.partner().town())
                        .endObject();
            }
            json.field("department", item.department())
                    .field("priceExclVat", item.priceExclVat())
                    .field("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString())
                    .field("excerpt", item.excerpt())
                    .endObject();
        }
        json.endArray();
        json.startObject("facets");
        for (Map.Entry<String, List<OfferSearchJson.FacetJson>> facet : answer.facets().entrySet()) {
            json.startArray(facet.getKey());
            for (OfferSearchJson.FacetJson value : facet.getValue()) {
                json.startObject(null)
                        .field("value", value.value())
                        .field("label", value.label())
                        .field("count", value.count())
                        .endObject();
            }
            json.endArray();
        }
        return json.endObject().endObject().toString();
    }

    /** JSON text in a {@link StringBuilder}: members and elements comma-separated, strings escaped (RFC 8259). */
    private static final class Json {
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final StringBuilder out;
        /** Whether the next member or element is the first of its object or array (no comma before it). */
        private boolean first = true;

        Json(int capacity) {
            out = new StringBuilder(capacity);
        }

        Json startObject(String name) {
            return start(name, '{');
        }

        Json startArray(String name) {
            return start(name, '[');
        }

        Json endObject() {
            return end('}');
        }

        Json endArray() {
            return end(']');
        }

        Json field(String name, String value) {
            if (value != null) {
                name(name);
                string(value);
            }
            return this;
        }

        Json field(String name, long value) {
            name(name);
            out.append(value);
            return this;
        }

        Json field(String name, BigDecimal value) {
            if (value != null) {
                name(name);
                out.append(value); // BigDecimal.toString: a JSON number (an exponent, if any, is "E+n")
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }

        private Json start(String name, char bracket) {
            if (name == null) {
                comma();
            } else {
                name(name);
            }
            out.append(bracket);
            first = true;
            return this;
        }

        private Json end(char bracket) {
            out.append(bracket);
            first = false;
            return this;
        }

        private void comma() {
            if (!first) {
                out.append(',');
            }
            first = false;
        }

        private void name(String name) {
            comma();
            string(name);
            out.append(':');
        }

        private void string(String value) {
            out.append('"');
            int plain = 0; // the start of the run of characters that need no escape
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x20 && c != '"' && c != '\\') {
                    continue;
                }
                out.append(value, plain, i);
                plain = i + 1;
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                }
            }
            out.append(value, plain, value.length()).append('"');
        }
    }
}
