package fr.catalogue.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (R7: the partner's password is confidential, so it must also be hard
 * to guess): at least {@value #MIN_LENGTH} characters (and at most {@value #MAX_LENGTH}, which
 * bounds the hashing cost), characters of at least three of four classes (lower case, upper case,
 * digits, others), not containing the user code, not built on a commonly used password, and not the
 * current password. Plain Java: the messages are French, ready to be shown.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** User codes shorter than this are not searched for inside the password (too many false hits). */
    static final int MIN_USER_CODE_CHECKED = 3;

    /**
     * Words that password-guessing lists try first, compared with the letters of the candidate
     * once digits and symbols are taken out ("Motdepasse2026!" is "motdepasse").
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "motdepasse", "password", "passw", "passwd", "azerty", "azertyuiop", "qwerty", "qwertyuiop", "abc",
            "abcdef", "abcdefgh", "soleil", "bonjour", "bonsoir", "admin", "administrateur", "administrator",
            "catalogue", "changeme", "changezmoi", "welcome", "bienvenue", "jetaime", "iloveyou", "doudou",
            "loulou", "chouchou", "marseille", "paris", "football", "dragon", "monkey", "letmein", "princess",
            "princesse", "sunshine", "master", "secret", "motdepassesecret", "utilisateur", "user", "test",
            "demo", "qwertz", "mdp");

    /**
     * The reasons {@code candidate} is refused, empty when it is acceptable.
     *
     * @param userCode the account's user code, which the password must not contain
     * @param isCurrentPassword whether the candidate is the account's current password
     */
    public List<String> violations(String candidate, String userCode, boolean isCurrentPassword) {
        List<String> violations = new ArrayList<>();
        if (candidate == null || candidate.isEmpty()) {
            violations.add("Le nouveau mot de passe est obligatoire.");
            return violations;
        }
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            violations.add("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
        }
        if (length > MAX_LENGTH) {
            violations.add("Le mot de passe ne doit pas dépasser " + MAX_LENGTH + " caractères.");
        }
        if (characterClasses(candidate) < 3) {
            violations.add("Le mot de passe doit mêler au moins trois types de caractères parmi : minuscules, "
                    + "majuscules, chiffres et autres caractères.");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (userCode != null && userCode.trim().length() >= MIN_USER_CODE_CHECKED
                && lower.contains(userCode.trim().toLowerCase(Locale.ROOT))) {
            violations.add("Le mot de passe ne doit pas contenir le code utilisateur.");
        }
        if (isCommon(lower)) {
            violations.add("Ce mot de passe est trop courant : choisissez-en un autre.");
        }
        if (isCurrentPassword) {
            violations.add("Le nouveau mot de passe doit être différent de l'actuel.");
        }
        return violations;
    }

    /** Whether {@code candidate} is acceptable; see {@link #violations}. */
    public boolean accepts(String candidate, String userCode, boolean isCurrentPassword) {
        return violations(candidate, userCode, isCurrentPassword).isEmpty();
    }

    static int characterClasses(String candidate) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < candidate.length(); ) {
            int c = candidate.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean isCommon(String lower) {
        StringBuilder letters = new StringBuilder();
        lower.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        if (COMMON_WORDS.contains(letters.toString())) {
            return true;
        }
        // Runs of one repeated character or of a keyboard sequence: "Aaaaaaaaaaa1!", "123456789012".
        return letters.length() > 0 && letters.chars().distinct().count() == 1
                || lower.contains("123456789") || lower.contains("azertyuiop") || lower.contains("qwertyuiop");
    }
}
