package fr.catalogue.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-01-01, 2026-01", "2026-02-28, 2026-01", "2026-03-01, 2026-03", "2026-04-30, 2026-03",
        "2026-10-31, 2026-09", "2026-11-01, 2026-11", "2026-12-31, 2026-11", "2027-01-01, 2027-01",
        "2028-02-29, 2028-01"})
    void cutsTheYearInTwoMonthPeriodsFromJanuary(LocalDate date, String period) {
        assertEquals(period, CampaignPeriod.of(date, 2).code());
    }

    @ParameterizedTest
    @CsvSource({"1, 2026-05", "3, 2026-04", "4, 2026-05", "6, 2026-01", "12, 2026-01"})
    void followsTheCadenceSet(int months, String period) {
        assertEquals(period, CampaignPeriod.of(LocalDate.of(2026, 5, 15), months).code());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 7, 8, 9, 10, 11, 13, -2})
    void refusesACadenceThatDoesNotDivideTheYear(int months) {
        assertFalse(CampaignPeriod.isCadence(months));
        assertThrows(IllegalArgumentException.class, () -> CampaignPeriod.of(LocalDate.of(2026, 5, 15), months));
    }

    @Test
    void knowsItsDaysAndTheNextPeriod() {
        CampaignPeriod period = CampaignPeriod.of(LocalDate.of(2026, 11, 23), 2);
        assertEquals(LocalDate.of(2026, 11, 1), period.start());
        assertEquals(LocalDate.of(2027, 1, 1), period.end());
        assertTrue(period.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(period.contains(LocalDate.of(2027, 1, 1)));
        assertFalse(period.contains(LocalDate.of(2026, 10, 31)));
        assertEquals("2027-01", period.next().code());
        assertEquals(period.next(), CampaignPeriod.of(period.end(), 2));
    }

    @Test
    void saysItsMonthsInFrench() {
        assertEquals("novembre – décembre 2026", CampaignPeriod.of(LocalDate.of(2026, 11, 2), 2).label());
        assertEquals("mai 2026", CampaignPeriod.of(LocalDate.of(2026, 5, 2), 1).label());
        assertEquals("janvier – décembre 2026", CampaignPeriod.of(LocalDate.of(2026, 5, 2), 12).label());
    }

    @Test
    void readsAStoredCodeAndRefusesAMonthThatStartsNoPeriod() {
        assertEquals(CampaignPeriod.of(LocalDate.of(2026, 3, 9), 2), CampaignPeriod.parse("2026-03", 2));
        assertThrows(InvalidInputException.class, () -> CampaignPeriod.parse("2026-04", 2));
        assertThrows(InvalidInputException.class, () -> CampaignPeriod.parse("mars", 2));
        assertThrows(InvalidInputException.class, () -> CampaignPeriod.parse(null, 2));
    }
}
