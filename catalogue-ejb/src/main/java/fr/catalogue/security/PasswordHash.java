package fr.catalogue.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes, stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64),
 * the format of Jakarta Security's {@code Pbkdf2PasswordHash}. The iteration count is stored
 * with each hash, so raising {@link #DEFAULT_ITERATIONS} later leaves older hashes verifiable.
 * Plain Java: used by the application and by the demo data loader alike.
 */
public final class PasswordHash {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256 is far higher for offline attacks on leaked
     *  hashes; this value keeps a sign-in under about 0.2 s on the reference machine. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHash() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHash(int iterations) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("Too few PBKDF2 iterations: " + iterations);
        }
        this.iterations = iterations;
    }

    /** Hashes a password with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** True when {@code password} matches {@code stored}; false for a malformed stored value. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, storedIterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends the time a real verification would, so that an unknown user code cannot be told
     * from a wrong password by the response time.
     */
    public void verifyNothing(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + ALGORITHM + ", " + iterations + " iterations]";
    }
}
