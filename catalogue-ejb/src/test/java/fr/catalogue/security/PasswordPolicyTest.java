package fr.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R7: the confidential password of a partner follows the password policy. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"Ker-Ys-sous-la-mer", "tRoIs*pOmmes*vErtes", "Gwen.Ha.Du.1532", "9 vaches, 4 Chèvres",
            "Écluse-de-Nantes-44", "un éléphant 2 fourmis"})
    void acceptsLongMixedPasswords(String candidate) {
        assertEquals(List.of(), policy.violations(candidate, "P-ACME-1", false));
        assertTrue(policy.accepts(candidate, "P-ACME-1", false));
    }

    @Test
    void refusesAMissingPassword() {
        assertEquals(List.of("Le nouveau mot de passe est obligatoire."), policy.violations(null, "P-1", false));
        assertEquals(List.of("Le nouveau mot de passe est obligatoire."), policy.violations("", "P-1", false));
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertEquals(List.of("Le mot de passe doit compter au moins 12 caractères."),
                policy.violations("Ker-Ys-2026", "P-1", false)); // 11
        assertTrue(policy.accepts("Ker-Ys-20261", "P-1", false)); // 12
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 11 characters, one of them outside the BMP (two chars in Java): still too short
        assertFalse(policy.accepts("Ker-Ys-202\uD83D\uDE00", "P-1", false));
    }

    @Test
    void refusesMoreThan128Characters() {
        String longOne = "Ab1-".repeat(32) + "x";
        assertEquals(List.of("Le mot de passe ne doit pas dépasser 128 caractères."),
                policy.violations(longOne, "P-1", false));
        assertTrue(policy.accepts("Ab1-".repeat(32), "P-1", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kerysouslamerbleue", "KERYSSOUSLAMER", "183726451928", "kerys-sous-la-mer", "KerysSouslaMer"})
    void refusesFewerThanThreeCharacterClasses(String candidate) {
        assertEquals(List.of("Le mot de passe doit mêler au moins trois types de caractères parmi : minuscules, "
                + "majuscules, chiffres et autres caractères."), policy.violations(candidate, "P-1", false));
    }

    @Test
    void countsTheFourCharacterClasses() {
        assertEquals(1, PasswordPolicy.characterClasses("abc"));
        assertEquals(2, PasswordPolicy.characterClasses("abcD"));
        assertEquals(3, PasswordPolicy.characterClasses("abcD1"));
        assertEquals(4, PasswordPolicy.characterClasses("abcD1 "));
        assertEquals(2, PasswordPolicy.characterClasses("éÉ"));
    }

    @Test
    void refusesAPasswordContainingTheUserCodeWhateverTheCase() {
        assertEquals(List.of("Le mot de passe ne doit pas contenir le code utilisateur."),
                policy.violations("Bonjour-p-acme-7!", "P-ACME-7", false));
        assertEquals(List.of("Le mot de passe ne doit pas contenir le code utilisateur."),
                policy.violations("Clef-P-ACME-7-Ys", " P-ACME-7 ", false));
    }

    @Test
    void ignoresVeryShortUserCodes() {
        assertTrue(policy.accepts("Ker-Ys-sous-la-mer", "Ke", false));
        assertTrue(policy.accepts("Ker-Ys-sous-la-mer", null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Motdepasse2026!", "Password-1234", "Azerty-2026-!!", "Azertyuiop123", "Soleil_2026_!",
            "Aaaaaaaaaaa1!", "Xy-123456789", "Catalogue-2026!"})
    void refusesCommonPasswords(String candidate) {
        assertTrue(policy.violations(candidate, "P-1", false)
                .contains("Ce mot de passe est trop courant : choisissez-en un autre."), candidate);
    }

    @Test
    void refusesTheCurrentPassword() {
        assertEquals(List.of("Le nouveau mot de passe doit être différent de l'actuel."),
                policy.violations("Ker-Ys-sous-la-mer", "P-1", true));
    }

    @Test
    void listsEveryReason() {
        assertEquals(List.of("Le mot de passe doit compter au moins 12 caractères.",
                "Le mot de passe doit mêler au moins trois types de caractères parmi : minuscules, "
                        + "majuscules, chiffres et autres caractères.",
                "Le mot de passe ne doit pas contenir le code utilisateur.",
                "Ce mot de passe est trop courant : choisissez-en un autre.",
                "Le nouveau mot de passe doit être différent de l'actuel."),
                policy.violations("admin", "admin", true));
    }
}
