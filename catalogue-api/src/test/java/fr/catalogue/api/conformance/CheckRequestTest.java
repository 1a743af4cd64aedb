package fr.catalogue.api.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CheckRequestTest {

    @Test
    void readsAttributesOfEveryJsonTypeAsText() {
        CheckRequest request = CheckRequest.parse(json("""
                {"category":" PC_DESKTOP ","attributes":{"memory":8,"storage":"512 Go","os_recent":true,
                 "ports":["USB-C","HDMI"],"note":null,"frequency":2.50}}"""));
        assertEquals("PC_DESKTOP", request.category());
        assertEquals("8", request.facts().attributes().get("memory"));
        assertEquals("512 Go", request.facts().attributes().get("storage"));
        assertEquals("true", request.facts().attributes().get("os_recent"));
        assertEquals("USB-C; HDMI", request.facts().attributes().get("ports"));
        assertEquals("", request.facts().attributes().get("note"));
        assertEquals("2.50", request.facts().attributes().get("frequency"));
    }

    @Test
    void readsPricingAndServices() {
        CheckRequest request = CheckRequest.parse(json("""
                {"category":"ADVISER","pricing":{"travel":{"amount":0,"unit":"forfait","description":"Inclus"},
                 "day_rate":{"amount":450.5,"description":"Journée de conseil"}},
                 "services":{"backup":"direct","wifi_setup":"VIA_PARTNER"}}"""));
        assertEquals(0, BigDecimal.ZERO.compareTo(request.facts().pricing().get("travel").amount()));
        assertEquals("Inclus", request.facts().pricing().get("travel").description());
        assertNull(request.facts().pricing().get("day_rate").unit());
        assertEquals(ServiceCoverage.DIRECT, request.facts().services().get("backup"));
        assertEquals(ServiceCoverage.VIA_PARTNER, request.facts().services().get("wifi_setup"));
    }

    @Test
    void absentSectionsAreEmpty() {
        CheckRequest request = CheckRequest.parse(json("{\"category\":\"PRINTER\"}"));
        assertTrue(request.facts().attributes().isEmpty());
        assertTrue(request.facts().pricing().isEmpty());
        assertTrue(request.facts().services().isEmpty());
    }

    @Test
    void namesTheFieldOfEveryWrongType() {
        assertField("category", "{}");
        assertField("category", "{\"category\":12}");
        assertField("attributes", "{\"category\":\"PDA\",\"attributes\":[1]}");
        assertField("attributes.memory", "{\"category\":\"PDA\",\"attributes\":{\"memory\":{\"value\":8}}}");
        assertField("attributes.ports", "{\"category\":\"PDA\",\"attributes\":{\"ports\":[1,2]}}");
        assertField("pricing.travel", "{\"category\":\"PDA\",\"pricing\":{\"travel\":12}}");
        assertField("pricing.travel.amount", "{\"category\":\"PDA\",\"pricing\":{\"travel\":{\"amount\":\"12\"}}}");
        assertField("pricing.travel.amount", "{\"category\":\"PDA\",\"pricing\":{\"travel\":{\"amount\":-1}}}");
        assertField("pricing.travel.description", "{\"category\":\"PDA\",\"pricing\":{\"travel\":{\"description\":3}}}");
        assertField("services.backup", "{\"category\":\"PDA\",\"services\":{\"backup\":\"SOMETIMES\"}}");
        assertField("services.backup", "{\"category\":\"PDA\",\"services\":{\"backup\":true}}");
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThrows(InvalidInputException.class, () -> CheckRequest.parse(Json.createArrayBuilder().add(1).build()));
        assertThrows(InvalidInputException.class, () -> CheckRequest.parse(null));
    }

    private static void assertField(String field, String body) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CheckRequest.parse(json(body)));
        assertEquals(field, e.field(), e.getMessage());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
