package fr.catalogue.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void keepsOnlyTheFieldsThatDiffer() {
        Change change = Change.of("OFFER", 7L, 3L, "UPDATE",
                Map.of("title", "Ancien", "price", "10.00", "status", "DRAFT"),
                Map.of("title", "Nouveau", "price", "10.00", "status", "DRAFT"));
        assertEquals(Map.of("title", "Ancien"), change.before());
        assertEquals(Map.of("title", "Nouveau"), change.after());
        assertEquals("7", change.subjectId());
    }

    @Test
    void aFieldThatAppearsOrDisappearsIsKept() {
        Map<String, String> after = new HashMap<>();
        after.put("link", "https://exemple.fr/");
        after.put("fax", null);
        Change change = Change.of("PARTNER", 1L, 1L, "UPDATE", Map.of("fax", "0102030405"), after);
        assertEquals(Map.of("fax", "0102030405"), change.before());
        assertEquals("https://exemple.fr/", change.after().get("link"));
        assertTrue(change.after().containsKey("fax"));
    }

    @Test
    void anUpdateThatChangesNothingIsEmpty() {
        assertTrue(Change.of("OFFER", 1L, null, "UPDATE", Map.of("a", "1"), Map.of("a", "1")).isEmpty());
        assertFalse(Change.of("OFFER", 1L, null, "CREATE", null, Map.of("a", "1")).isEmpty());
    }
}
