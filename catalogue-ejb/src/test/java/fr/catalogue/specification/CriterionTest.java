package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriterionTest {

    private static final BigDecimal FOUR = new BigDecimal("4");
    private static final BigDecimal EIGHT = new BigDecimal("8");

    private static Criterion of(CriterionType type, String unit, BigDecimal min, BigDecimal max, List<String> values) {
        return new Criterion("key", "Libellé", "", type, true, unit, min, max, values);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable creation) {
        return assertThrows(IllegalArgumentException.class, creation).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Memory", "1memory", "_memory", "memory-size", "mémoire", "memory size",
            "a123456789012345678901234567890123456789012345678901234567890"})
    void refusesAKeyThatIsNotLowerCaseSnake(String key) {
        assertTrue(refusal(() -> Criterion.bool(key, "Libellé", "", true)).startsWith("Criterion key must match"));
    }

    @Test
    void acceptsKeysUpToSixtyCharacters() {
        String key = "a" + "b".repeat(Criterion.MAX_KEY_LENGTH - 1);
        assertEquals(key, Criterion.bool(key, "Libellé", "", true).key());
        assertEquals("x", Criterion.bool("x", "Libellé", "", true).key());
        assertEquals("ram_2", Criterion.bool("ram_2", "Libellé", "", true).key());
        assertThrows(IllegalArgumentException.class, () -> Criterion.bool(null, "Libellé", "", true));
    }

    @Test
    void refusesAMissingOrOverlongLabel() {
        assertEquals("Criterion wifi needs a label", refusal(() -> Criterion.bool("wifi", " ", "", true)));
        assertThrows(IllegalArgumentException.class, () -> Criterion.bool("wifi", null, "", true));
        assertThrows(IllegalArgumentException.class,
                () -> Criterion.bool("wifi", "x".repeat(Criterion.MAX_LABEL_LENGTH + 1), "", true));
        assertEquals("Wi-Fi", Criterion.bool("wifi", "  Wi-Fi ", "", true).label());
    }

    @Test
    void theExplanationMayBeBlankButNotNull() {
        assertDoesNotThrow(() -> Criterion.bool("wifi", "Wi-Fi", "", true));
        assertTrue(refusal(() -> Criterion.bool("wifi", "Wi-Fi", null, true)).contains("R13"));
    }

    @Test
    void refusesAMissingType() {
        assertThrows(IllegalArgumentException.class, () -> of(null, null, null, null, null));
    }

    @Test
    void boundsFollowTheType() {
        assertEquals("Criterion key of type MIN needs a minimum", refusal(() -> of(CriterionType.MIN, "Go", null, null, null)));
        assertEquals("Criterion key of type MIN cannot have a maximum",
                refusal(() -> of(CriterionType.MIN, "Go", FOUR, EIGHT, null)));
        assertEquals("Criterion key of type MAX needs a maximum", refusal(() -> of(CriterionType.MAX, null, null, null, null)));
        assertEquals("Criterion key of type MAX cannot have a minimum",
                refusal(() -> of(CriterionType.MAX, null, FOUR, EIGHT, null)));
        assertThrows(IllegalArgumentException.class, () -> of(CriterionType.RANGE, "mois", FOUR, null, null));
        assertThrows(IllegalArgumentException.class, () -> of(CriterionType.RANGE, "mois", null, EIGHT, null));
        assertEquals("Criterion key of type BOOLEAN cannot have a minimum",
                refusal(() -> of(CriterionType.BOOLEAN, null, FOUR, null, null)));
        assertThrows(IllegalArgumentException.class, () -> of(CriterionType.TEXT, null, null, EIGHT, null));
        assertThrows(IllegalArgumentException.class, () -> of(CriterionType.ONE_OF, null, FOUR, null, List.of("a")));
    }

    @Test
    void aRangeNeedsItsMinimumAtMostItsMaximum() {
        assertEquals("Criterion key has a minimum 8 above its maximum 4",
                refusal(() -> Criterion.range("key", "Libellé", "", true, "mois", EIGHT, FOUR)));
        Criterion single = Criterion.range("key", "Libellé", "", true, "mois", FOUR, new BigDecimal("4.00"));
        assertEquals(FOUR, single.min());
    }

    @Test
    void onlyNumericCriteriaHaveAUnit() {
        assertEquals("Criterion key of type BOOLEAN cannot have a unit",
                refusal(() -> of(CriterionType.BOOLEAN, "Go", null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> of(CriterionType.ONE_OF, "Go", null, null, List.of("a")));
        assertNull(of(CriterionType.TEXT, "  ", null, null, null).unit());
        assertNull(Criterion.min("key", "Libellé", "", true, null, FOUR).unit());
        assertEquals("Mbit/s", Criterion.min("key", "Libellé", "", true, " Mbit/s ", FOUR).unit());
    }

    @Test
    void refusesAUnitThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> Criterion.min("key", "Libellé", "", true, "8 Go", FOUR));
        assertThrows(IllegalArgumentException.class, () -> Criterion.min("key", "Libellé", "", true, "m2", FOUR));
        assertThrows(IllegalArgumentException.class, () -> Criterion.min("key", "Libellé", "", true, "/", null));
        assertThrows(IllegalArgumentException.class,
                () -> Criterion.min("key", "Libellé", "", true, "x".repeat(Criterion.MAX_UNIT_LENGTH + 1), FOUR));
        assertEquals("pages/min", Criterion.min("key", "Libellé", "", true, "pages/min", FOUR).unit());
    }

    @Test
    void listCriteriaNeedDistinctNonBlankValues() {
        assertEquals("Criterion key of type ONE_OF needs at least one value",
                refusal(() -> Criterion.oneOf("key", "Libellé", "", true, List.of())));
        assertThrows(IllegalArgumentException.class, () -> Criterion.allOf("key", "Libellé", "", true, null));
        assertThrows(IllegalArgumentException.class,
                () -> Criterion.serviceCoverage("key", "Libellé", "", true, List.of()));
        assertEquals("Criterion key has a blank value",
                refusal(() -> Criterion.oneOf("key", "Libellé", "", true, List.of("Windows", " "))));
        assertThrows(IllegalArgumentException.class,
                () -> Criterion.oneOf("key", "Libellé", "", true, Arrays.asList("Windows", null)));
        assertEquals("Criterion key has the value \"windows\" twice",
                refusal(() -> Criterion.oneOf("key", "Libellé", "", true, List.of("Windows", " windows"))));
        assertThrows(IllegalArgumentException.class,
                () -> Criterion.serviceCoverage("key", "Libellé", "", true, List.of("backup", "backup")));
    }

    @Test
    void valuesAreTrimmedAndStayOnOneLine() {
        assertEquals(List.of("Windows", "Mac OS"),
                Criterion.oneOf("key", "Libellé", "", true, List.of(" Windows", "Mac  OS ")).values());
        assertThrows(IllegalArgumentException.class,
                () -> Criterion.oneOf("key", "Libellé", "", true, List.of("Windows\nLinux")));
    }

    @Test
    void allOfItemsCannotHoldTheListSeparators() {
        assertThrows(IllegalArgumentException.class, () -> Criterion.allOf("key", "Libellé", "", true, List.of("USB; HDMI")));
        assertThrows(IllegalArgumentException.class, () -> Criterion.allOf("key", "Libellé", "", true, List.of("USB, HDMI")));
        assertDoesNotThrow(() -> Criterion.oneOf("key", "Libellé", "", true, List.of("Oui, avec licence")));
    }

    @Test
    void otherTypesHaveNoValues() {
        assertEquals("Criterion key of type TEXT cannot have values",
                refusal(() -> of(CriterionType.TEXT, null, null, null, List.of("a"))));
        assertThrows(IllegalArgumentException.class, () -> of(CriterionType.MIN, null, FOUR, null, List.of("a")));
        assertEquals(List.of(), Criterion.text("key", "Libellé", "", true).values());
        assertEquals(List.of(), of(CriterionType.PRICE_COMPONENT, null, null, null, List.of()).values());
    }

    @Test
    void valuesAreCopied() {
        List<String> items = new ArrayList<>(List.of("USB", "HDMI"));
        Criterion criterion = Criterion.allOf("ports", "Connectique", "", true, items);
        items.add("VGA");
        assertEquals(List.of("USB", "HDMI"), criterion.values());
        assertThrows(UnsupportedOperationException.class, () -> criterion.values().add("VGA"));
    }

    @Test
    void factoriesBuildTheirType() {
        assertEquals(CriterionType.MIN, Criterion.min("k", "L", "", true, "Go", FOUR).type());
        assertEquals(CriterionType.MAX, Criterion.max("k", "L", "", true, "kg", FOUR).type());
        assertEquals(CriterionType.RANGE, Criterion.range("k", "L", "", true, "mois", FOUR, EIGHT).type());
        assertEquals(CriterionType.BOOLEAN, Criterion.bool("k", "L", "", false).type());
        assertEquals(CriterionType.ONE_OF, Criterion.oneOf("k", "L", "", true, List.of("a")).type());
        assertEquals(CriterionType.ALL_OF, Criterion.allOf("k", "L", "", true, List.of("a")).type());
        assertEquals(CriterionType.TEXT, Criterion.text("k", "L", "", true).type());
        assertEquals(CriterionType.PRICE_COMPONENT, Criterion.priceComponent("k", "L", "", true).type());
        assertEquals(CriterionType.SERVICE_COVERAGE, Criterion.serviceCoverage("k", "L", "", true, List.of("a")).type());
    }
}
