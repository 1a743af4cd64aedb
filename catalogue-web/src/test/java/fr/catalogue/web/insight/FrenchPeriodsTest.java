package fr.catalogue.web.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FrenchPeriodsTest {

    @Test
    void aCampaignIsNamedByItsTwoMonths() {
        assertEquals("novembre-décembre 2026", FrenchPeriods.campaign("2026-11"));
        assertEquals("décembre 2026-janvier 2027", FrenchPeriods.campaign("2026-12"));
    }

    @Test
    void anUnreadablePeriodIsShownAsStored() {
        assertEquals("2026-S2", FrenchPeriods.campaign("2026-S2"));
    }

    @Test
    void monthsAreShort() {
        assertEquals("nov. 2026", FrenchPeriods.month(YearMonth.of(2026, 11)));
    }
}
