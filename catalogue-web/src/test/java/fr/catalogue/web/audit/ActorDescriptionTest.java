package fr.catalogue.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.catalogue.audit.AuditRow;
import fr.catalogue.audit.AuditTrail;
import fr.catalogue.web.FrenchDateTimeConverter;
import fr.catalogue.web.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ActorDescriptionTest {

    private final ActorDescription describe = new ActorDescription(
            ResourceBundle.getBundle(Messages.BUNDLE, Locale.FRENCH), Locale.FRENCH);

    private static AuditRow row(String actor, String role, Long partnerId, String action) {
        return new AuditRow(1, Instant.parse("2026-11-23T08:05:00Z"), actor, role, partnerId, "OFFER", "12", action, List.of());
    }

    @Test
    void anAdministratorActingForAPartnerSaysSo() {
        assertEquals("admin (administrateur pour le partenaire 1234)", describe.who(row("admin", "ADMIN", 1234L, "UPDATE")));
        assertEquals("admin (administrateur)", describe.who(row("admin", "ADMIN", null, "UPDATE")));
    }

    @Test
    void reviewersPartnersTheSystemAndThePublicAreNamed() {
        assertEquals("relect (relecteur)", describe.who(row("relect", "REVIEWER", null, "UPDATE")));
        assertEquals("P-42 (partenaire 7)", describe.who(row("P-42", "PARTNER", 7L, "UPDATE")));
        assertEquals("Système (traitement automatique)", describe.who(row(AuditTrail.SYSTEM, null, 7L, "SEND")));
        assertEquals("Public (sans connexion)", describe.who(row(AuditTrail.PUBLIC, null, null, "CREATE")));
        assertEquals("ancien", describe.who(row("ancien", null, null, "CREATE")));
    }

    @Test
    void knownActionsInWordsOthersAsTheirCode() {
        assertEquals("Modification", describe.action("UPDATE"));
        assertEquals("Courriel renvoyé", describe.action("RETRY_NOW"));
        assertEquals("PUBLISH_SOMETHING_NEW", describe.action("PUBLISH_SOMETHING_NEW"));
    }

    @Test
    void instantsReadInFrenchTime() {
        assertEquals("23 novembre 2026 à 09:05", FrenchDateTimeConverter.format(Instant.parse("2026-11-23T08:05:00Z")));
        assertEquals("1er juillet 2026 à 02:00", FrenchDateTimeConverter.format(Instant.parse("2026-07-01T00:00:00Z")));
        assertEquals("", FrenchDateTimeConverter.format(null));
    }
}
