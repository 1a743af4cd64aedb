package fr.catalogue.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The adjacency of the départements (R25): reference data users rely on. */
class DepartmentNeighboursTest {

    private static Set<String> codes(String code) {
        return Departments.neighbours(code).stream().map(Department::code).collect(Collectors.toSet());
    }

    @Test
    void theRelationIsSymmetricAndNeverReflexive() {
        for (Department department : Departments.all()) {
            for (Department neighbour : Departments.neighbours(department.code())) {
                assertTrue(codes(neighbour.code()).contains(department.code()),
                        neighbour.code() + " is a neighbour of " + department.code() + " but not the reverse");
                assertFalse(neighbour.equals(department), department.code() + " borders itself");
            }
        }
    }

    @Test
    void everyMainlandDepartmentHasNeighboursAndOverseasNone() {
        for (Department department : Departments.all()) {
            boolean overseas = department.code().length() == 3;
            assertEquals(overseas, Departments.neighbours(department.code()).isEmpty(), department.displayName());
        }
        assertEquals(96, Departments.all().stream().filter(d -> d.code().length() == 2).count());
    }

    @Test
    void knownBorders() {
        assertEquals(Set.of("22", "56", "44", "49", "53", "50"), codes("35"));
        assertEquals(Set.of("92", "93", "94"), codes("75"));
        assertEquals(Set.of("22", "56"), codes("29"));
        assertEquals(Set.of("01", "73"), codes("74"));
        assertEquals(Set.of("09", "11"), codes("66"));
        assertEquals(Set.of("25", "68", "70", "88"), codes("90"));
        assertEquals(Set.of("02", "10", "45", "51", "60", "89", "91", "93", "94", "95"), codes("77"));
        assertEquals(Set.of("59", "80"), codes("62"));
        assertEquals(Set.of("04", "83"), codes("06"));
    }

    @Test
    void corsicaBordersItselfOnly() {
        assertEquals(Set.of("2B"), codes("2A"));
        assertEquals(Set.of("2A"), codes("2b"));
        assertFalse(codes("06").contains("2A") || codes("13").contains("2B"), "the sea is no border");
    }

    @Test
    void neighboursComeInInseeOrderAndUnknownCodesHaveNone() {
        List<String> order = Departments.neighbours("35").stream().map(Department::code).toList();
        assertEquals(List.of("22", "44", "49", "50", "53", "56"), order);
        assertTrue(Departments.neighbours("974").isEmpty());
        assertTrue(Departments.neighbours("99").isEmpty());
        assertTrue(Departments.neighbours(null).isEmpty());
    }

    @Test
    void namesMatchWhateverTheAccentsCaseAndHyphens() {
        assertEquals("35", Departments.byName("ille et vilaine").get(0).code());
        assertEquals("22", Departments.byName("COTES D'ARMOR").get(0).code());
        assertEquals("42", Departments.byName("Loire").get(0).code());
        assertEquals("2A", Departments.byName("corse-du-sud").get(0).code());
        assertTrue(Departments.byName("Atlantide").isEmpty());
    }
}
