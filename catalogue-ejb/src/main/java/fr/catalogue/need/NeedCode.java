package fr.catalogue.need;

import fr.catalogue.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The code of the link a business keeps to come back to its need (R28): 128 random bits in
 * base64url (22 characters), unguessable; only its SHA-256 is stored.
 */
public final class NeedCode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHAPE = "[A-Za-z0-9_-]{22}";

    private NeedCode() {
    }

    public static String generate() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether a value has the shape of a code (checked before any database look-up). */
    public static boolean isWellFormed(String code) {
        return code != null && code.matches(SHAPE);
    }

    public static String hash(String code) {
        return Sha256.hex(code.getBytes(StandardCharsets.US_ASCII));
    }
}
