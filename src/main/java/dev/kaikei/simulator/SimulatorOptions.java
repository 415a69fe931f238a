package dev.kaikei.simulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * How a {@link PayPaySimulator} is set up. Build with {@link #builder()}; anything not set gets a sensible default
 * (loopback, a free port, freshly generated credentials, PayPay's 300 s code lifetime, one refund per payment).
 *
 * @param walletBalance           every linked user's balance in yen unless set per user
 * @param refundProcessingSeconds refunds read {@code CREATED} for this many simulator seconds, then {@code REFUNDED}
 * @param epochToleranceSeconds   allowed difference between a request's signed epoch and the clock
 * @param captureConfirmationLimit PayPay's "allowed limit" of a capture: one above this many yen answers 202
 *                                 {@code USER_CONFIRMATION_REQUIRED} and waits for the customer to confirm it in the
 *                                 app; 0 (the default) means no capture needs confirmation
 */
public record SimulatorOptions(String bindAddress, int port, String apiKey, String apiSecret, String merchantId,
                               long expirySeconds, boolean multipleRefunds, long seed, SimulatorClock clock,
                               String storeName, long walletBalance, long refundProcessingSeconds,
                               long epochToleranceSeconds, long captureConfirmationLimit) {

    public SimulatorOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        requireText(apiKey, "apiKey");
        requireText(apiSecret, "apiSecret");
        requireText(merchantId, "merchantId");
        if (apiKey.contains(":")) {
            throw new IllegalArgumentException("apiKey cannot contain ':' (it is a field of the Authorization header)");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535");
        }
        if (expirySeconds < 1) {
            throw new IllegalArgumentException("expirySeconds must be at least 1");
        }
        if (walletBalance < 0 || refundProcessingSeconds < 0 || epochToleranceSeconds < 0) {
            throw new IllegalArgumentException("walletBalance, refundProcessingSeconds and epochTolerance >= 0");
        }
        if (captureConfirmationLimit < 0) {
            throw new IllegalArgumentException("captureConfirmationLimit must be >= 0 (0 = none)");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /** Hides the secret: records print every component otherwise. */
    @Override
    public String toString() {
        return "SimulatorOptions[bind=" + bindAddress + ":" + port + ", apiKey=" + apiKey + ", merchantId="
                + merchantId + ", expirySeconds=" + expirySeconds + ", multipleRefunds=" + multipleRefunds + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SimulatorOptions}. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private int port;
        private String apiKey;
        private String apiSecret;
        private String merchantId;
        private long expirySeconds = 300;
        private boolean multipleRefunds;
        private long seed = 1;
        private SimulatorClock clock;
        private String storeName = "Kaikei Demo Store";
        private long walletBalance = 1_000_000;
        private long refundProcessingSeconds = 2;
        private long epochToleranceSeconds = 120;
        private long captureConfirmationLimit;

        private Builder() {
        }

        public Builder bindAddress(String value) {
            bindAddress = value;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder apiKey(String value) {
            apiKey = value;
            return this;
        }

        public Builder apiSecret(String value) {
            apiSecret = value;
            return this;
        }

        public Builder merchantId(String value) {
            merchantId = value;
            return this;
        }

        public Builder expirySeconds(long value) {
            expirySeconds = value;
            return this;
        }

        /** Allows several partial refunds per payment (their total at most the paid amount). */
        public Builder multipleRefunds(boolean value) {
            multipleRefunds = value;
            return this;
        }

        /** Seeds the fault dice and the ids, so runs repeat. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder clock(SimulatorClock value) {
            clock = value;
            return this;
        }

        public Builder storeName(String value) {
            storeName = value;
            return this;
        }

        public Builder walletBalance(long yen) {
            walletBalance = yen;
            return this;
        }

        public Builder refundProcessingSeconds(long value) {
            refundProcessingSeconds = value;
            return this;
        }

        public Builder epochToleranceSeconds(long value) {
            epochToleranceSeconds = value;
            return this;
        }

        /** Captures above {@code yen} need the customer's confirmation (202 USER_CONFIRMATION_REQUIRED); 0 = none. */
        public Builder captureConfirmationLimit(long yen) {
            captureConfirmationLimit = yen;
            return this;
        }

        /** Missing credentials are generated: a random key, a random 32-byte base64 secret and a merchant id. */
        public SimulatorOptions build() {
            SecureRandom random = new SecureRandom();
            String key = apiKey != null ? apiKey : "a_sim_" + randomToken(random, 12);
            String secret = apiSecret != null ? apiSecret : Base64.getEncoder().encodeToString(bytes(random, 32));
            String merchant = merchantId != null ? merchantId : "SIM" + Math.abs(random.nextLong() % 1_000_000_000_000L);
            return new SimulatorOptions(bindAddress, port, key, secret, merchant, expirySeconds, multipleRefunds, seed,
                    clock != null ? clock : SimulatorClock.system(), storeName, walletBalance,
                    refundProcessingSeconds, epochToleranceSeconds, captureConfirmationLimit);
        }

        private static byte[] bytes(SecureRandom random, int count) {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        }

        private static String randomToken(SecureRandom random, int count) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, count))
                    .replace('-', 'x').replace('_', 'y');
        }
    }
}
