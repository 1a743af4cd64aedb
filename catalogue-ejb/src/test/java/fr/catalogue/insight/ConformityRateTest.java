package fr.catalogue.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConformityRateTest {

    @Test
    void oneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("66.7"), ConformityRate.percent(2, 3));
        assertEquals(new BigDecimal("33.3"), ConformityRate.percent(1, 3));
        assertEquals(new BigDecimal("12.5"), ConformityRate.percent(1, 8));
        assertEquals(new BigDecimal("0.1"), ConformityRate.percent(1, 1000)); // 0.1 exactly
        assertEquals(new BigDecimal("0.2"), ConformityRate.percent(3, 2000)); // 0.15 → 0.2
    }

    @Test
    void allAndNone() {
        assertEquals(new BigDecimal("100.0"), ConformityRate.percent(7, 7));
        assertEquals(new BigDecimal("0.0"), ConformityRate.percent(0, 7));
    }

    @Test
    void neverRoundedToAllWhileOneFailsNorToNoneWhileOnePasses() {
        assertEquals(new BigDecimal("99.9"), ConformityRate.percent(9_999, 10_000));
        assertEquals(new BigDecimal("0.1"), ConformityRate.percent(1, 100_000));
    }

    @Test
    void noOffersNoRate() {
        assertNull(ConformityRate.percent(0, 0));
        assertNull(new ConformityRate(1, "2026-11", "PC_DESKTOP", "PC de bureau", 0, 0).percent());
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ConformityRate(1, "2026-11", "X", "X", 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new ConformityRate(1, "2026-11", "X", "X", -1, 0));
    }
}
