package fr.catalogue.api.offer;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the search's answer with JSON-P, field by field, instead of JSON-B: the search is the
 * busiest endpoint, and Yasson spent about an eighth of its time on it (reflection, and a cycle
 * check that hashes every object written), measured at 100,000 offers (docs/performance.md).
 * Same JSON as JSON-B would write — a null field is left out, instants in ISO-8601 — with the
 * fields in the order of {@link OfferSearchJson}'s documentation.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class OfferSearchJsonWriter implements MessageBodyWriter<OfferSearchJson> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == OfferSearchJson.class;
    }

    @Override
    public void writeTo(OfferSearchJson answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) { // UTF-8, as JSON must be
            write(answer, json);
        }
    }

    static void write(OfferSearchJson answer, JsonGenerator json) {
        json.writeStartObject()
                .write("total", answer.total())
                .write("page", answer.page())
                .write("size", answer.size());
        json.writeStartArray("items");
        for (OfferSearchJson.Item item : answer.items()) {
            json.writeStartObject().write("id", item.id());
            text(json, "title", item.title());
            text(json, "category", item.category());
            text(json, "categoryName", item.categoryName());
            text(json, "family", item.family());
            if (item.partner() != null) {
                json.writeStartObject("partner").write("id", item.partner().id());
                text(json, "name", item.partner().name());
                text(json, "town", item.partner().town());
                json.writeEnd();
            }
            text(json, "department", item.department());
            number(json, "priceExclVat", item.priceExclVat());
            instant(json, "publishedAt", item.publishedAt());
            text(json, "excerpt", item.excerpt());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeStartObject("facets");
        for (Map.Entry<String, List<OfferSearchJson.FacetJson>> facet : answer.facets().entrySet()) {
            json.writeStartArray(facet.getKey());
            for (OfferSearchJson.FacetJson value : facet.getValue()) {
                json.writeStartObject();
                text(json, "value", value.value());
                text(json, "label", value.label());
                json.write("count", value.count()).writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd().writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void number(JsonGenerator json, String name, BigDecimal value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        if (value != null) {
            json.write(name, value.toString());
        }
    }
}
