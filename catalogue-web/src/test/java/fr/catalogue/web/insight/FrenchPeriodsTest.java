package fr.catalogue.web.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FrenchPeriodsTest {

    @Test
    void aCampaignIsNamedAsTheCampaignPagesNameIt() {
        assertEquals(fr.catalogue.campaign.CampaignPeriod.parse("2026-11", 2).label(), FrenchPeriods.campaign("2026-11", 2));
    }

    @Test
    void aPeriodThatNoLongerFitsTheCadenceIsShownAsStored() {
        assertEquals("2026-11", FrenchPeriods.campaign("2026-11", 3));
        assertEquals("2026-S2", FrenchPeriods.campaign("2026-S2", 2));
    }

    @Test
    void monthsAreShort() {
        assertEquals("nov. 2026", FrenchPeriods.month(YearMonth.of(2026, 11)));
    }
}
