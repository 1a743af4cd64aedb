package fr.catalogue.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.catalogue.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of a company's identity refuse bad values with a French message naming the field (R6, R8). */
class ValueObjectsTest {

    @Test
    void sirenAcceptsNineDigitsPassingLuhnWithSpaces() {
        assertEquals("443061841", new Siren("443 061 841").value());
        assertEquals("443 061 841", new Siren("443061841").formatted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"443061842", "12345678", "4430618410", "44306184A", ""})
    void sirenRefusesWrongChecksumOrLength(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Siren(raw));
        assertEquals("siren", e.field());
        assertTrue(e.getMessage().contains("SIREN"), e.getMessage());
    }

    @Test
    void sirenRefusesNull() {
        assertThrows(InvalidInputException.class, () -> new Siren(null));
    }

    @Test
    void siretIsFourteenDigitsPassingLuhnAndKnowsItsSiren() {
        Siret siret = new Siret("443 061 841 00005");
        assertEquals("44306184100005", siret.value());
        assertEquals(new Siren("443061841"), siret.siren());
        assertTrue(siret.belongsTo(new Siren("443061841")));
        assertFalse(siret.belongsTo(new Siren("552100554")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"44306184100006", "4430618410000", "443061841000050"})
    void siretRefusesWrongChecksumOrLength(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Siret(raw));
        assertEquals("siret", e.field());
    }

    @Test
    void laPosteEstablishmentsFollowTheSumOfDigitsRule() {
        // 3+5+6+4+9+8+3+7 = 45, a multiple of 5, though the Luhn sum is not a multiple of 10
        assertFalse(Luhn.passes("35600000049837"));
        assertEquals("35600000049837", new Siret("35600000049837").value());
        assertThrows(InvalidInputException.class, () -> new Siret("35600000049838"));
    }

    @Test
    void apeCodeAcceptsTheDottedFormAndLowerCase() {
        assertEquals("6202A", new ApeCode("62.02A").value());
        assertEquals("6202A", new ApeCode(" 6202a ").value());
        assertEquals("62.02A", new ApeCode("6202A").formatted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"620A", "62021", "6202AB", "A202A", "6202O", ""})
    void apeCodeRefusesWhatIsNotFourDigitsAndALetter(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ApeCode(raw));
        assertEquals("apeCode", e.field());
    }

    @Test
    void phoneNumbersAreStoredInTheNationalFormGroupedByTwo() {
        assertEquals("01 23 45 67 89", new PhoneNumber("0123456789").value());
        assertEquals("06 12 34 56 78", new PhoneNumber("+33 6 12 34 56 78").value());
        assertEquals("02 99 00 11 22", new PhoneNumber("0033 2.99.00.11.22").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "00123456789", "+44 20 7946 0958", "01234567890", "abc"})
    void phoneNumbersRefuseWhatIsNotFrench(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhoneNumber.of("fax", raw));
        assertEquals("fax", e.field(), "the field given is named");
    }

    @Test
    void postcodesAreFiveDigitsOfARealDepartment() {
        assertEquals("35000", new Postcode("35000").value());
        assertEquals("20000", new Postcode("20 000").value());
        assertEquals("97200", new Postcode("97200").value());
        for (String bad : new String[] {"3500", "00100", "96000", "99000", "ABCDE"}) {
            assertEquals("postcode", assertThrows(InvalidInputException.class, () -> new Postcode(bad)).field(), bad);
        }
    }
}
