package fr.catalogue.api.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/**
 * The search's answer as JSON: every field, nulls left out, UTF-8, numbers exact, and any string —
 * quotes, backslashes, control characters, accents, characters outside the BMP — read back as
 * written by a JSON-P parser.
 */
class OfferSearchJsonWriterTest {

    private final OfferSearchJsonWriter writer = new OfferSearchJsonWriter();

    private JsonObject written(OfferSearchJson answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeTo(answer, OfferSearchJson.class, OfferSearchJson.class, null, MediaType.APPLICATION_JSON_TYPE,
                    null, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject();
    }

    @Test
    void writesThePageItsItemsAndFacets() {
        Map<String, List<OfferSearchJson.FacetJson>> facets = new LinkedHashMap<>();
        facets.put("department", List.of(new OfferSearchJson.FacetJson("35", "Ille-et-Vilaine (35)", 12)));
        facets.put("price", List.of());
        OfferSearchJson answer = new OfferSearchJson(41, 2, 20, List.of(new OfferSearchJson.Item(7,
                "Imprimante d'étiquettes « pro »", "LABEL_PRINTER", "Imprimante d'étiquettes", "EQUIPMENT",
                new OfferSearchJson.PartnerJson(3, "Étiquettes Bretagne", "Rennes"), "35", new BigDecimal("249.90"),
                Instant.parse("2026-11-23T09:30:00Z"), "Rapide et silencieuse.")), facets);

        JsonObject json = written(answer);

        assertEquals(List.of("total", "page", "size", "items", "facets"), List.copyOf(json.keySet()));
        assertEquals(41, json.getInt("total"));
        assertEquals(2, json.getInt("page"));
        assertEquals(20, json.getInt("size"));
        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        assertEquals(7, item.getJsonNumber("id").longValue());
        assertEquals("Imprimante d'étiquettes « pro »", item.getString("title"));
        assertEquals("LABEL_PRINTER", item.getString("category"));
        assertEquals("Imprimante d'étiquettes", item.getString("categoryName"));
        assertEquals("EQUIPMENT", item.getString("family"));
        assertEquals(3, item.getJsonObject("partner").getInt("id"));
        assertEquals("Étiquettes Bretagne", item.getJsonObject("partner").getString("name"));
        assertEquals("Rennes", item.getJsonObject("partner").getString("town"));
        assertEquals("35", item.getString("department"));
        assertEquals(new BigDecimal("249.90"), item.getJsonNumber("priceExclVat").bigDecimalValue());
        assertEquals("2026-11-23T09:30:00Z", item.getString("publishedAt"));
        assertEquals("Rapide et silencieuse.", item.getString("excerpt"));
        JsonObject value = json.getJsonObject("facets").getJsonArray("department").getJsonObject(0);
        assertEquals("35", value.getString("value"));
        assertEquals("Ille-et-Vilaine (35)", value.getString("label"));
        assertEquals(12, value.getInt("count"));
        assertTrue(json.getJsonObject("facets").getJsonArray("price").isEmpty());
    }

    @Test
    void leavesOutWhatIsUnknownAsJsonBWould() {
        JsonObject json = written(new OfferSearchJson(1, 0, 20, List.of(new OfferSearchJson.Item(8, "Écran", "SCREEN_TFT",
                null, null, new OfferSearchJson.PartnerJson(4, "Écrans", null), null, new BigDecimal("99"), null, null)),
                Map.of()));
        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        for (String absent : List.of("categoryName", "family", "department", "publishedAt", "excerpt")) {
            assertFalse(item.containsKey(absent), absent);
        }
        assertFalse(item.getJsonObject("partner").containsKey("town"));
        assertTrue(json.getJsonObject("facets").isEmpty());
    }

    @Property(tries = 300)
    void anyStringReadsBackAsWritten(@ForAll String title, @ForAll @Chars({'"', '\\', '\n', '\u0000', '\u001f', '\u007f',
            'é', '€', '«', '\u2028', '/'}) @CharRange(from = 'a', to = 'c') String label,
            @ForAll @BigRange(min = "-1e12", max = "1e12") BigDecimal price, @ForAll long count) {
        OfferSearchJson answer = new OfferSearchJson(count, 0, 20, List.of(new OfferSearchJson.Item(count, title,
                label, title + label, null, new OfferSearchJson.PartnerJson(1, label, title), label, price, null, title)),
                Map.of(label, List.of(new OfferSearchJson.FacetJson(title, label, count))));

        JsonObject json = written(answer);

        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        assertEquals(title, item.getString("title"));
        assertEquals(label, item.getString("category"));
        assertEquals(title + label, item.getString("categoryName"));
        assertEquals(label, item.getJsonObject("partner").getString("name"));
        assertEquals(title, item.getJsonObject("partner").getString("town"));
        assertEquals(0, price.compareTo(item.getJsonNumber("priceExclVat").bigDecimalValue()));
        assertEquals(title, item.getString("excerpt"));
        assertEquals(count, json.getJsonNumber("total").longValueExact());
        JsonObject value = json.getJsonObject("facets").getJsonArray(label).getJsonObject(0);
        assertEquals(title, value.getString("value"));
        assertEquals(label, value.getString("label"));
        assertEquals(count, value.getJsonNumber("count").longValueExact());
    }

    @Test
    void writesOnlyTheSearchAnswer() {
        assertTrue(writer.isWriteable(OfferSearchJson.class, OfferSearchJson.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(Object.class, Object.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
