package dev.kaikei.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The manager PIN that guards refunds, cancels, captures and reverts: 4–8 digits, stored only as a salted
 * PBKDF2-HMAC-SHA256 hash {@code pbkdf2$iterations$salt$hash} (Base64). Neither the PIN nor the hash ever appears in a
 * message: a short PIN falls quickly to a search over its hash.
 */
public final class ManagerPin {

    /** OWASP's 2023 minimum for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 210_000;
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 8;
    /** The PIN accepted in training mode while none is set, so staff can practise refunds on the simulator. */
    public static final String TRAINING_PIN = "0000";

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** A stored hash asking for more work than this is refused rather than tying up a thread. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ManagerPin() {
    }

    /** Whether {@code pin} follows the rule: 4–8 digits 0–9. */
    public static boolean isValidPin(char[] pin) {
        if (pin == null || pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A fresh hash (new random salt) of {@code pin}.
     *
     * @throws IllegalArgumentException if the PIN breaks the rule (the message never contains it)
     */
    public static String hash(char[] pin) {
        if (!isValidPin(pin)) {
            throw new IllegalArgumentException("the manager PIN must be " + MIN_DIGITS + "-" + MAX_DIGITS + " digits");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(pin, salt, ITERATIONS, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True if {@code pin} matches {@code stored}; compares in constant time; false for a malformed hash. */
    public static boolean verify(char[] pin, String stored) {
        Parsed p = parse(stored);
        if (p == null || pin == null) {
            return false;
        }
        byte[] actual = derive(pin, p.salt, p.iterations, p.hash.length * 8);
        return MessageDigest.isEqual(actual, p.hash);
    }

    /** Whether {@code stored} has the shape {@link #hash} produces (used to validate the settings file). */
    public static boolean isWellFormed(String stored) {
        return parse(stored) != null;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.strip().split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return null;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length < 8 || hash.length < 16) {
                return null;
            }
            return new Parsed(iterations, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a PIN held in memory once it is no longer needed. */
    public static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}
