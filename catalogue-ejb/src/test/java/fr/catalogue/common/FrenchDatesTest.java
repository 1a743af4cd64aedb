package fr.catalogue.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void theFirstOfTheMonthIsWrittenPremier() {
        assertEquals("1er octobre 2026", FrenchDates.format(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void otherDaysAreWrittenAsNumbers() {
        assertEquals("23 novembre 2026", FrenchDates.format(LocalDate.of(2026, 11, 23)));
        assertEquals("2 février 2027", FrenchDates.format(LocalDate.of(2027, 2, 2)));
    }
}
