package fr.catalogue.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A referral's form rules, the rate limit, and its one-time triage (R20). */
class ReferralRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void acceptsACompleteFormTrimmedAndWithTheAddressInLowerCase() {
        ReferralInput input = ReferralInput.from(form());
        assertEquals(7L, input.targetPartnerId());
        assertEquals("Jeanne Martin", input.reporterName());
        assertEquals("jeanne.martin@example.fr", input.reporterEmail());
        assertEquals(ReferralReason.PRICE, input.reason());
        assertNull(input.offerId());
    }

    @Test
    void namesTheFieldOfEachRefusal() {
        ReferralForm noPartner = form();
        noPartner.setTargetPartnerId(null);
        assertRefused(noPartner, "targetPartner");
        ReferralForm noName = form();
        noName.setReporterName(" ");
        assertRefused(noName, "reporterName");
        ReferralForm longName = form();
        longName.setReporterName("x".repeat(ReferralInput.NAME_MAX + 1));
        assertRefused(longName, "reporterName");
        for (String bad : new String[] {"", "jeanne", "jeanne@", "jeanne@example", "a b@example.fr", "a@@example.fr"}) {
            ReferralForm badEmail = form();
            badEmail.setReporterEmail(bad);
            assertRefused(badEmail, "reporterEmail");
        }
        ReferralForm noReason = form();
        noReason.setReason(null);
        assertRefused(noReason, "reason");
        ReferralForm shortText = form();
        shortText.setDescription("Trop cher.");
        assertRefused(shortText, "description");
        ReferralForm longText = form();
        longText.setDescription("x".repeat(ReferralInput.DESCRIPTION_MAX + 1));
        assertRefused(longText, "description");
    }

    @Test
    void limitsReferralsPerAddressAndPerConnection() {
        ReferralThrottle throttle = new ReferralThrottle(5, 10);
        assertTrue(throttle.refusal(4, 9).isEmpty());
        assertTrue(throttle.refusal(5, 0).orElseThrow().contains("depuis 24 heures"));
        assertTrue(throttle.refusal(0, 10).orElseThrow().contains("en une heure"));
        assertThrows(IllegalArgumentException.class, () -> new ReferralThrottle(0, 1));
    }

    @Test
    void aReferralIsTriagedOnceIntoAFinding() {
        Referral referral = new Referral(ReferralInput.from(form()), null, null, NOW);
        assertEquals(ReferralStatus.NEW, referral.getStatus());
        referral.triage(42, "relecteur", NOW.plusSeconds(60), null);
        assertEquals(ReferralStatus.TRIAGED, referral.getStatus());
        assertEquals(42L, referral.getFindingId());
        BusinessException again = assertThrows(BusinessException.class, () -> referral.dismiss("doublon", "autre", NOW));
        assertTrue(again.getMessage().contains("déjà été traité") && again.getMessage().contains("relecteur"),
                again.getMessage());
        assertThrows(BusinessException.class, () -> referral.triage(43, "autre", NOW, null));
    }

    @Test
    void aDismissalNeedsAReason() {
        Referral referral = new Referral(ReferralInput.from(form()), null, null, NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> referral.dismiss("  ", "relecteur", NOW));
        assertEquals("dismissReason", e.field());
        assertEquals(ReferralStatus.NEW, referral.getStatus());
        referral.dismiss("Prix vérifié : identique sur le site du partenaire.", "relecteur", NOW);
        assertEquals(ReferralStatus.DISMISSED, referral.getStatus());
        assertEquals("Prix vérifié : identique sur le site du partenaire.", referral.state().get("note"));
        assertThrows(BusinessException.class, () -> referral.triage(1, "autre", NOW, null));
    }

    private static ReferralForm form() {
        ReferralForm form = new ReferralForm();
        form.setTargetPartnerId(7L);
        form.setReporterName("  Jeanne Martin ");
        form.setReporterEmail(" Jeanne.Martin@Example.fr ");
        form.setReason(ReferralReason.PRICE);
        form.setDescription("Le prix affiché sur son site est de 49 € HT, contre 39 € HT dans le catalogue.");
        return form;
    }

    private static void assertRefused(ReferralForm form, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReferralInput.from(form));
        assertEquals(field, e.field(), e.getMessage());
    }
}
