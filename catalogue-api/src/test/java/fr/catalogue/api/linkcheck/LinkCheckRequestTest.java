package fr.catalogue.api.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.catalogue.common.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LinkCheckRequestTest {

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Test
    void readsTheAddressStripped() {
        assertEquals("https://a.example/offre", LinkCheckRequest.parse(json("{\"url\":\"  https://a.example/offre \"}")).url());
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        assertEquals(null, assertThrows(InvalidInputException.class, () -> LinkCheckRequest.parse(json("[1]"))).field());
        assertEquals(null, assertThrows(InvalidInputException.class, () -> LinkCheckRequest.parse(null)).field());
        for (String body : new String[] {"{}", "{\"url\":null}", "{\"url\":12}", "{\"url\":\"  \"}", "{\"url\":[\"x\"]}"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> LinkCheckRequest.parse(json(body)));
            assertEquals("url", e.field(), body);
        }
    }
}
