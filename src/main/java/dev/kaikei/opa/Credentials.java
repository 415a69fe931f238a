package dev.kaikei.opa;

import java.util.Objects;

/** The API key, API secret and merchant id (sent as {@code X-ASSUME-MERCHANT}) of one PayPay merchant. */
public record Credentials(String apiKey, ApiSecret apiSecret, String merchantId) {

    public Credentials {
        requireText(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        requireText(merchantId, "merchantId");
    }

    public static Credentials of(String apiKey, String apiSecret, String merchantId) {
        return new Credentials(apiKey, ApiSecret.of(apiSecret), merchantId);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
