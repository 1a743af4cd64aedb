package fr.catalogue.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    private static Quantity q(String number, String unit) {
        return new Quantity(new BigDecimal(number), unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8|8|",
        "8 Go|8|Go",
        "8Go|8|Go",
        "8 gb|8|Go",
        "2,5|2.5|",
        "2.5|2.5|",
        "' 2 400 '|2400|",
        "1,5 To|1.5|To",
        "1 000 000 ko|1000000|ko",
        "8,0 Go|8|Go",
        "-5|-5|",
        "0|0|",
        "100 Mbit / s|100|Mbit/s",
        "20 Mbps|20|Mbit/s",
        "3 années|3|an",
        "25 ppm|25|ppm",
        "15,6 \"|15.6|pouce",
    })
    void readsWhatPeopleType(String typed, String number, String unit) {
        assertEquals(q(number, unit), Quantity.parse(typed));
    }

    @Test
    void readsEveryKindOfSpaceAsAThousandsSeparator() {
        assertEquals(q("2400", "Go"), Quantity.parse("2\u202F400\u00A0Go"));
        assertEquals(q("12345678.9", null), Quantity.parse("\u00A012\u00A0345\u00A0678,9\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "beaucoup", "Go", "8 Go 16", "4 à 8 Go", "1,2,3", "2,", ",5", "8.", "24 00",
            "2400 000", "8 - 16", "~8", "+-8", "0x10", "1e3", "8 Go !", "8 (Go)"})
    void refusesGarbage(String typed) {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse(typed));
    }

    @Test
    void refusesNothing() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse(null));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1".repeat(101)));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(null, "Go"));
    }

    @Test
    void refusesAUnitThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> q("1", "2 Go"));
        assertThrows(IllegalArgumentException.class, () -> q("1", "x".repeat(Quantity.MAX_UNIT_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> q("1", "-Go"));
        assertNull(q("1", " ").unit());
    }

    @Test
    void equalNumbersWithTheSameUnitAreEqual() {
        assertEquals(q("8.00", "Go"), q("8", "GB"));
        assertEquals(q("2400", null), q("2.4E+3", null));
        assertEquals(q("0.000", null), q("0", null));
    }

    @Test
    void knownUnitsCompareAcrossTheirDimension() {
        assertTrue(q("1", "To").compareWith(q("500", "Go")) > 0);
        assertTrue(q("512", "Mo").compareWith(q("1", "Go")) < 0);
        assertEquals(0, q("1000", "Mo").compareWith(q("1", "Go")));
        assertEquals(0, q("1", "Gbit/s").compareWith(q("1000000", "kbps")));
        assertEquals(0, q("2", "GHz").compareWith(q("2000", "MHz")));
        assertEquals(0, q("2", "ans").compareWith(q("24", "mois")));
        assertEquals(0, q("1", "jour").compareWith(q("24", "h")));
        assertEquals(0, q("90", "min").compareWith(q("1.5", "h")));
    }

    @Test
    void unitsOfDifferentDimensionsAreNotComparable() {
        assertFalse(q("1", "Go").isComparableTo(q("1", "GHz")));
        assertFalse(q("1", "mois").isComparableTo(q("30", "jours")));
        assertFalse(q("1", "Go").isComparableTo(q("1", null)));
        assertFalse(q("1", "Go").isComparableTo(q("1", "Gio")));
        assertTrue(q("1", null).isComparableTo(q("2", null)));
        assertThrows(IllegalArgumentException.class, () -> q("1", "Go").compareWith(q("1", "h")));
    }

    @Test
    void unknownUnitsAreComparableOnlyWithThemselves() {
        assertTrue(q("20", "ppm").isComparableTo(q("25", "PPM")));
        assertTrue(q("20", "pages / min").isComparableTo(q("25", "pages/min")));
        assertFalse(q("20", "ppm").isComparableTo(q("25", "pages/min")));
        assertTrue(q("20", "ppm").compareWith(q("25", "ppm")) < 0);
    }

    @Test
    void convertsWithinADimension() {
        assertEquals(Optional.of(q("1500", "Go")), q("1.5", "To").to("Go"));
        assertEquals(Optional.of(q("36", "mois")), q("3", "ans").to("mois"));
        assertEquals(Optional.of(q("2048", "kbit/s")), q("2.048", "Mb/s").to("kbit/s"));
        assertEquals(new BigDecimal("0.01666666666666667"), q("1", "min").to("h").orElseThrow().value());
        assertEquals(Optional.empty(), q("1", "Go").to("GHz"));
        assertEquals(Optional.of(q("3", "PPM")), q("3", "ppm").to("PPM"));
    }

    @Test
    void aBareNumberTakesTheDefaultUnit() {
        assertEquals(q("8", "Go"), q("8", null).withUnitIfNone("Go"));
        assertEquals(q("8", "Mo"), q("8", "Mo").withUnitIfNone("Go"));
        assertEquals(q("8", null), q("8", null).withUnitIfNone(null));
    }

    @Test
    void isWrittenTheFrenchWay() {
        assertEquals("1,5 To", q("1.5", "To").toString());
        assertEquals("2 400 Go", q("2400", "gb").toString());
        assertEquals("12 345 678,25", q("12345678.250", null).toString());
        assertEquals("999", q("999", null).toString());
        assertEquals("-1 500 h", q("-1500", "h").toString());
        assertEquals("0,05 Mbit/s", q("0.05", "Mbps").toString());
        assertEquals("1 an", q("1", "ans").toString());
        assertEquals("1,9 an", q("1.9", "ans").toString());
        assertEquals("2 ans", q("2", "an").toString());
        assertEquals("15,6 pouces", q("15.6", "po").toString());
        assertEquals("1 jour", q("1", "j").toString());
        assertEquals("3 jours", q("3", "j").toString());
        assertEquals("25 ppm", q("25", "ppm").toString());
    }

    @Test
    void whatIsWrittenIsReadBack() {
        for (String typed : new String[] {"1,5 To", "2 400 Go", "12 345 678,25", "-1 500 h", "2 ans", "15,6 pouces"}) {
            assertEquals(typed, Quantity.parse(typed).toString());
        }
    }
}
