package fr.catalogue.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignSettingsTest {

    private static CampaignSettings read(Map<String, String> values) {
        return CampaignSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsToEveryTwoMonthsAndAYearOldProfile() {
        CampaignSettings settings = read(Map.of());
        assertEquals(2, settings.months());
        assertEquals(12, settings.profileMaxAgeMonths());
        assertTrue(settings.automatic());
    }

    @Test
    void readsTheValuesSet() {
        CampaignSettings settings = read(Map.of(CampaignSettings.MONTHS, " 3 ", CampaignSettings.PROFILE_MAX_AGE, "6",
                CampaignSettings.AUTOMATIC, "false"));
        assertEquals(3, settings.months());
        assertEquals(6, settings.profileMaxAgeMonths());
        assertFalse(settings.automatic());
    }

    @Test
    void refusesNamingTheBadSetting() {
        IllegalArgumentException cadence = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of(CampaignSettings.MONTHS, "5")));
        assertTrue(cadence.getMessage().contains(CampaignSettings.MONTHS));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of(CampaignSettings.MONTHS, "deux")));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of(CampaignSettings.PROFILE_MAX_AGE, "0")));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of(CampaignSettings.AUTOMATIC, "oui")));
    }
}
