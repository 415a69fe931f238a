package dev.kaikei.opa;

import java.security.SecureRandom;

/** Supplies the per-request nonce of the signature; injectable so tests can reproduce exact headers. */
@FunctionalInterface
public interface NonceSource {

    String next();

    /** Eight random lower-case alphanumerics, as the official Java SDK sends (paypay-api.md §2.2). */
    static NonceSource secureRandom() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return () -> {
            byte[] bytes = new byte[8];
            random.nextBytes(bytes);
            char[] chars = new char[bytes.length];
            for (int i = 0; i < chars.length; i++) {
                // The slight modulo bias is harmless: a nonce needs uniqueness, not uniform secrecy.
                chars[i] = alphabet.charAt((bytes[i] & 0xff) % alphabet.length());
            }
            return new String(chars);
        };
    }
}
