package fr.catalogue.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings read(Map<String, String> values) {
        return MailSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutAHostDeliveryIsOffAndEverythingHasADefault() {
        MailSettings settings = read(Map.of());
        assertFalse(settings.enabled());
        assertEquals(25, settings.port());
        assertEquals("Label Catalogue <ne-pas-repondre@catalogue.invalid>", settings.from());
        assertEquals(Duration.ofSeconds(30), settings.pollInterval());
        assertEquals(RetrySchedule.DEFAULT, settings.retry());
        assertFalse(read(Map.of(MailSettings.HOST, "  ")).enabled(), "a blank host is no host");
    }

    @Test
    void readsEverySetting() {
        MailSettings settings = read(Map.of(
                MailSettings.HOST, "smtp.exemple.fr", MailSettings.PORT, "587",
                MailSettings.USERNAME, "catalogue", MailSettings.PASSWORD, "s3cret",
                MailSettings.STARTTLS, "true", MailSettings.FROM, "Label <label@exemple.fr>",
                MailSettings.CONNECT_TIMEOUT, "PT5S", MailSettings.READ_TIMEOUT, "PT20S",
                MailSettings.POLL_INTERVAL, "PT1S", MailSettings.RETRY_FIRST, "PT2S"));
        assertTrue(settings.enabled());
        assertEquals(587, settings.port());
        assertEquals(Duration.ofSeconds(1), settings.pollInterval());
        assertEquals(new RetrySchedule(Duration.ofSeconds(2), Duration.ofHours(1)), settings.retry());

        Properties session = settings.sessionProperties();
        assertEquals("smtp.exemple.fr", session.getProperty("mail.smtp.host"));
        assertEquals("587", session.getProperty("mail.smtp.port"));
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.required"));
        assertEquals("5000", session.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("20000", session.getProperty("mail.smtp.timeout"));
        assertNull(session.getProperty("mail.smtp.password"));
    }

    @Test
    void neverShowsThePassword() {
        MailSettings settings = read(Map.of(MailSettings.HOST, "smtp.exemple.fr",
                MailSettings.USERNAME, "catalogue", MailSettings.PASSWORD, "s3cret"));
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertFalse(settings.sessionProperties().toString().contains("s3cret"));
    }

    @Test
    void namesTheSettingThatIsWrong() {
        var port = assertThrows(IllegalArgumentException.class, () -> read(Map.of(MailSettings.PORT, "vingt-cinq")));
        assertTrue(port.getMessage().contains(MailSettings.PORT));
        var interval = assertThrows(IllegalArgumentException.class, () -> read(Map.of(MailSettings.POLL_INTERVAL, "30")));
        assertTrue(interval.getMessage().contains(MailSettings.POLL_INTERVAL));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of(MailSettings.POLL_INTERVAL, "PT0S")));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of(MailSettings.PORT, "70000")));
    }
}
