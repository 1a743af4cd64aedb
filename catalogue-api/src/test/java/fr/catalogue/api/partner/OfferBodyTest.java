package fr.catalogue.api.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.offer.OfferInput;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferBodyTest {

    @Test
    void readsAWholeOffer() {
        OfferBody body = OfferBody.parse(json("""
                {"category":"PC_DESKTOP","title":"Tour","description":"Un PC","priceExclVat":1249.90,
                 "pricing":{"travel":{"amount":0,"unit":"forfait","description":"Inclus"}},
                 "attributes":{"memory":"16 Go","storage":512,"ports":["USB-C","HDMI"]},
                 "services":{"backup":"DIRECT"},"links":["https://a.example/pc"],"version":3,
                 "id":12,"status":"DRAFT"}"""));
        OfferInput input = body.input();
        assertEquals("PC_DESKTOP", input.categoryCode());
        assertEquals("Tour", input.title());
        assertEquals("Un PC", input.description());
        assertEquals(new BigDecimal("1249.90"), input.priceExclVat());
        assertEquals(new PriceComponent(BigDecimal.ZERO, "forfait", "Inclus"), input.pricing().get("travel"));
        assertEquals("16 Go", input.attributes().get("memory"));
        assertEquals("512", input.attributes().get("storage"));
        assertEquals("USB-C; HDMI", input.attributes().get("ports"));
        assertEquals(ServiceCoverage.DIRECT, input.services().get("backup"));
        assertEquals(List.of("https://a.example/pc"), input.links());
        assertEquals(3L, body.version());
    }

    @Test
    void leavesMissingValuesToTheService() {
        OfferBody body = OfferBody.parse(json("{}"));
        assertNull(body.input().categoryCode());
        assertNull(body.input().priceExclVat());
        assertTrue(body.input().attributes().isEmpty());
        assertTrue(body.input().links().isEmpty());
        assertNull(body.version());
    }

    @Test
    void namesTheFieldOfEveryWrongType() {
        assertField("category", "{\"category\":1}");
        assertField("title", "{\"title\":[\"a\"]}");
        assertField("priceExclVat", "{\"priceExclVat\":\"12\"}");
        assertField("attributes", "{\"attributes\":[]}");
        assertField("attributes", "{\"attributes\":{\"\":\"x\"}}");
        assertField("attributes.ram", "{\"attributes\":{\"ram\":{\"v\":1}}}");
        assertField("pricing.travel", "{\"pricing\":{\"travel\":3}}");
        assertField("pricing.travel.amount", "{\"pricing\":{\"travel\":{\"amount\":-3}}}");
        assertField("services.backup", "{\"services\":{\"backup\":\"parfois\"}}");
        assertField("links", "{\"links\":\"https://a.example\"}");
        assertField("links[1]", "{\"links\":[\"https://a.example\",2]}");
        assertField("version", "{\"version\":\"2\"}");
        assertField(null, "[1]");
    }

    private static void assertField(String field, String body) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OfferBody.parse(Json.createReader(new StringReader(body)).readValue()));
        assertEquals(field, e.field(), e.getMessage());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
