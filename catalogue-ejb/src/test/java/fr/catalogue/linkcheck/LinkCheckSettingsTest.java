package fr.catalogue.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkCheckSettingsTest {

    private static LinkCheckSettings read(Map<String, String> values) {
        return LinkCheckSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsAreADailyRunAtHalfPastThreeAndADayToConfirm() {
        LinkCheckSettings settings = read(Map.of());
        assertTrue(settings.daily());
        assertEquals(LocalTime.of(3, 30), settings.dailyAt());
        assertEquals(Duration.ofHours(24), settings.confirmAfter());
    }

    @Test
    void readsEverySetting() {
        LinkCheckSettings settings = read(Map.of(LinkCheckSettings.DAILY, "false", LinkCheckSettings.DAILY_AT, " 22:05 ",
                LinkCheckSettings.CONFIRM_AFTER, "PT36H"));
        assertFalse(settings.daily());
        assertEquals(LocalTime.of(22, 5), settings.dailyAt());
        assertEquals(Duration.ofHours(36), settings.confirmAfter());
    }

    @Test
    void aBlankValueTakesTheDefault() {
        assertEquals(LocalTime.of(3, 30), read(Map.of(LinkCheckSettings.DAILY_AT, "  ")).dailyAt());
    }

    @Test
    void aBadValueNamesItsSetting() {
        for (Map<String, String> bad : java.util.List.of(Map.of(LinkCheckSettings.DAILY, "oui"),
                Map.of(LinkCheckSettings.DAILY_AT, "25:00"), Map.of(LinkCheckSettings.DAILY_AT, "3h30"),
                Map.of(LinkCheckSettings.CONFIRM_AFTER, "24h"), Map.of(LinkCheckSettings.CONFIRM_AFTER, "-PT1H"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(bad));
            assertTrue(e.getMessage().startsWith(bad.keySet().iterator().next()), e.getMessage());
        }
    }
}
