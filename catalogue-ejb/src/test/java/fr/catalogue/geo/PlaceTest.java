package fr.catalogue.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a visitor's place is read (R25): postcode, département code or name, or a known town. */
class PlaceTest {

    private static final Map<String, Set<String>> TOWNS = Map.of(
            "rennes", Set.of("35"),
            "saint etienne", Set.of("42"),
            "saint denis", Set.of("93", "974"));

    private static String department(String where) {
        return Place.parse(where, TOWNS).department().code();
    }

    private static String refusal(String where) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Place.parse(where, TOWNS));
        assertEquals(Place.FIELD, e.field());
        return e.getMessage();
    }

    @Test
    void postcodes() {
        assertEquals("35", department("35000"));
        assertEquals("2A", department("20000"));
        assertEquals("2B", department("20200"));
        assertEquals("974", department("97400"));
        assertEquals("01", department(" 01000 "));
        assertEquals("35", department("35 000"));
        Place envelope = Place.parse("35000 Rennes", TOWNS);
        assertEquals("35", envelope.department().code());
        assertEquals("Rennes", envelope.town());
    }

    @Test
    void departmentCodesAndNames() {
        assertEquals("35", department("35"));
        assertEquals("01", department("1"));
        assertEquals("2A", department("2a"));
        assertEquals("974", department("974"));
        assertEquals("22", department("Côtes-d'Armor"));
        assertEquals("22", department("cotes d armor"));
        assertEquals("76", department("SEINE-MARITIME"));
    }

    @Test
    void knownTownsWhateverTheAccentsAndCase() {
        Place place = Place.parse("SAINT-ÉTIENNE", TOWNS);
        assertEquals("42", place.department().code());
        assertEquals("SAINT-ÉTIENNE", place.town());
        assertEquals("35", department("rennes"));
        assertEquals("42", department("St Etienne"));
        assertNull(Place.parse("35000", TOWNS).town());
    }

    @Test
    void ambiguousPlacesAreRefusedInFrench() {
        assertTrue(refusal("Saint-Denis").contains("Plusieurs villes"));
        assertTrue(refusal("Saint-Denis").contains("code postal"));
        String corsica = refusal("Corse");
        assertTrue(corsica.contains("Corse-du-Sud (2A)") && corsica.contains("Haute-Corse (2B)"), corsica);
        assertTrue(refusal("rhin").contains("Plusieurs départements"));
    }

    @Test
    void unknownOrEmptyPlacesAreRefusedInFrench() {
        assertTrue(refusal("Trifouilly-les-Oies").contains("indiquez le code postal"));
        assertTrue(refusal("  ").contains("Indiquez une ville"));
        assertTrue(refusal(null).contains("Indiquez une ville"));
        assertTrue(refusal("99").contains("Aucun département"));
        assertTrue(refusal("99999").contains("aucun département"));
        assertTrue(refusal("5000").contains("cinq chiffres"));
        assertTrue(refusal("x".repeat(101)).contains("trop long"));
    }

    @Test
    void displayName() {
        assertEquals("Rennes, Ille-et-Vilaine (35)", Place.parse("Rennes", TOWNS).displayName());
        assertEquals("Ille-et-Vilaine (35)", Place.parse("35", TOWNS).displayName());
    }
}
