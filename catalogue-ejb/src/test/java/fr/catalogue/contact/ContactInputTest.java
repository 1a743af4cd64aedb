package fr.catalogue.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** R24: the contact form's rules, with French messages naming the field. */
class ContactInputTest {

    private static ContactForm valid() {
        ContactForm form = new ContactForm();
        form.setOfferId(12L);
        form.setName("  Élodie Martin ");
        form.setEmail("Elodie.Martin@Exemple.FR ");
        form.setMessage("Nous cherchons une offre Internet pour trois postes.");
        form.setConsent(true);
        return form;
    }

    private static InvalidInputException refused(Consumer<ContactForm> change) {
        ContactForm form = valid();
        change.accept(form);
        return assertThrows(InvalidInputException.class, () -> ContactInput.from(form));
    }

    @Test
    void aValidFormIsNormalised() {
        ContactForm form = valid();
        form.setPhone("+33 1 23 45 67 89");
        form.setCompany(" Boulangerie du Port ");
        ContactInput input = ContactInput.from(form);
        assertEquals("Élodie Martin", input.name());
        assertEquals("elodie.martin@exemple.fr", input.email());
        assertEquals("01 23 45 67 89", input.phone());
        assertEquals("Boulangerie du Port", input.company());
        assertEquals(12L, input.offerId());
    }

    @Test
    void phoneAndCompanyAreOptional() {
        ContactForm form = valid();
        form.setPhone(" ");
        ContactInput input = ContactInput.from(form);
        assertNull(input.phone());
        assertNull(input.company());
    }

    @Test
    void eachRuleNamesItsFieldInFrench() {
        InvalidInputException target = refused(f -> f.setOfferId(null));
        assertEquals("target", target.field());
        assertEquals("name", refused(f -> f.setName(" a ")).field());
        assertEquals("name", refused(f -> f.setName("x".repeat(121))).field());
        InvalidInputException email = refused(f -> f.setEmail("elodie@exemple"));
        assertEquals("email", email.field());
        assertTrue(email.getMessage().startsWith("Indiquez une adresse électronique valide"), email.getMessage());
        assertEquals("phone", refused(f -> f.setPhone("12 34")).field());
        assertEquals("company", refused(f -> f.setCompany("x".repeat(161))).field());
        assertEquals("message", refused(f -> f.setMessage("Bonjour")).field());
        assertEquals("message", refused(f -> f.setMessage("x".repeat(5001))).field());
        InvalidInputException consent = refused(f -> f.setConsent(false));
        assertEquals("consent", consent.field());
        assertTrue(consent.getMessage().startsWith("Cochez la case"), consent.getMessage());
    }

    @Test
    void thePartnerAloneIsEnoughAsTarget() {
        ContactForm form = valid();
        form.setOfferId(null);
        form.setPartnerId(7L);
        assertEquals(7L, ContactInput.from(form).partnerId());
    }

    @Test
    void theThrottleRefusesInFrenchAboveItsLimits() {
        ContactThrottle throttle = new ContactThrottle(5, 10);
        assertTrue(throttle.refusal(4, 9).isEmpty());
        assertTrue(throttle.refusal(5, 0).orElseThrow().contains("depuis 24 heures"));
        assertTrue(throttle.refusal(0, 10).orElseThrow().contains("en une heure"));
        assertThrows(IllegalArgumentException.class, () -> new ContactThrottle(0, 1));
    }
}
