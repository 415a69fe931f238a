package dev.kaikei.opa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/** Holds the PayPay API secret so that it can never leak through toString, logs or exception messages. */
public final class ApiSecret {

    private final byte[] utf8;

    private ApiSecret(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static ApiSecret of(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("API secret must not be empty");
        }
        return new ApiSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The raw UTF-8 bytes: the HMAC key of the request signature (paypay-api.md §2.2). A copy on every call. */
    public byte[] utf8Bytes() {
        return utf8.clone();
    }

    /** The secret as text, for the JWT key derivation (base64-decoded, paypay-api.md §5). Never log the result. */
    public String reveal() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiSecret other && MessageDigest.isEqual(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "ApiSecret[****]";
    }
}
