package fr.catalogue.partner;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The confidential user code and password a partner receives on validation (R7). The user code is
 * {@code P-} and 6 characters that cannot be mistaken for one another (no 0/O, 1/I/L); the password
 * has {@value #PASSWORD_LENGTH} characters drawn from {@link SecureRandom}, with at least one upper
 * case letter, lower case letter, digit and symbol. Nothing here keeps or logs what it makes.
 */
public final class Credentials {

    public static final int PASSWORD_LENGTH = 20;
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#$%&*+-=?@_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh user code; the caller checks that it is not taken. */
    public static String newUserCode() {
        StringBuilder code = new StringBuilder("P-");
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A fresh strong password (see the class comment). */
    public static char[] newPassword() {
        List<Character> chars = new ArrayList<>();
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(set.charAt(RANDOM.nextInt(set.length())));
        }
        while (chars.size() < PASSWORD_LENGTH) {
            chars.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(chars, RANDOM);
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password[i] = chars.get(i);
        }
        return password;
    }

    private Credentials() {
    }
}
