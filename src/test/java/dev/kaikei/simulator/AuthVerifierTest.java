package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AuthVerifier against paypay-api.md §2.4")
class AuthVerifierTest {

    static final String KEY = "a_ExampleKey_12345";
    static final String SECRET = "ZXhhbXBsZVNlY3JldEZvckRvY3M=";
    static final String CT = "application/json;charset=UTF-8";
    static final String BODY = "{\"merchantPaymentId\":\"POS1-20250101-0001\",\"amount\":{\"amount\":1200,"
            + "\"currency\":\"JPY\"},\"codeType\":\"ORDER_QR\",\"orderDescription\":\"Coffee x2\","
            + "\"isAuthorization\":false,\"requestedAt\":1735689600}";
    static final String POST_HEADER = "hmac OPA-Auth:a_ExampleKey_12345:FUTCjacJhpbMVCxO4Qfund2sJKgHxWtZ2sI7Ehjn4Pg="
            + ":k3f9x2ab:1735689600:NJaZ1Q+7Pkrdh0XzvkhZZQ==";
    static final String GET_HEADER = "hmac OPA-Auth:a_ExampleKey_12345:C6dpt6MZ9CZZ8zOyTIgEtNw81EWDcJYXaSFEctVMeKA="
            + ":m8q2w7zc:1735689605:empty";

    private static AuthVerifier verifierAt(long epoch, String merchant) {
        return new AuthVerifier(KEY, SECRET, merchant, SimulatorClock.fixedAt(Instant.ofEpochSecond(epoch)), 120);
    }

    @Nested
    @DisplayName("the four published vectors")
    class Vectors {
        @Test
        void workedPostExample() {
            assertThat(BODY.getBytes(StandardCharsets.UTF_8)).hasSize(186);
            assertThat(AuthVerifier.bodyHash(CT, BODY.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo("NJaZ1Q+7Pkrdh0XzvkhZZQ==");
            assertThat(AuthVerifier.mac(SECRET, "/v2/codes", "POST", "k3f9x2ab", "1735689600", CT,
                    "NJaZ1Q+7Pkrdh0XzvkhZZQ==")).isEqualTo("FUTCjacJhpbMVCxO4Qfund2sJKgHxWtZ2sI7Ehjn4Pg=");
            assertThat(verifierAt(1735689600, "M1").verify(new AuthVerifier.SignedRequest("POST", "/v2/codes",
                    POST_HEADER, CT, BODY.getBytes(StandardCharsets.UTF_8), null))).isEmpty();
        }

        @Test
        void workedGetExample() {
            assertThat(AuthVerifier.mac(SECRET, "/v2/codes/payments/POS1-20250101-0001", "GET", "m8q2w7zc",
                    "1735689605", "empty", "empty")).isEqualTo("C6dpt6MZ9CZZ8zOyTIgEtNw81EWDcJYXaSFEctVMeKA=");
            // The Java SDK sends a JSON Content-Type on GET and still signs empty/empty.
            assertThat(verifierAt(1735689605, "M1").verify(new AuthVerifier.SignedRequest("GET",
                    "/v2/codes/payments/POS1-20250101-0001", GET_HEADER, CT, new byte[0], "M1"))).isEmpty();
        }

        @Test
        void helpCentrePostSampleMacFromItsHash() {
            assertThat(AuthVerifier.mac("sample_secret", "/v2/codes", "POST", "fedaa4", "1743138611",
                    "application/json", "T9wzkv1tUWIxzIHQUT7iDQ=="))
                    .isEqualTo("C2a7jD7OjL1DXnZhSYQfRI2Oxfdh43htV7pG8cwgCy4=");
        }

        @Test
        void helpCentreGetSample() {
            assertThat(AuthVerifier.mac("sample_secret", "/v2/payments/TEST_merchantPaymentID", "GET", "a360e2",
                    "1743139337", "empty", "empty")).isEqualTo("JbUZwAUKeQ+WDClEjkCGwYG/juFR+Dd5RK5AfL0gK9w=");
            AuthVerifier verifier = new AuthVerifier("sample_key", "sample_secret", "M",
                    SimulatorClock.fixedAt(Instant.ofEpochSecond(1743139337)), 120);
            assertThat(verifier.verify(new AuthVerifier.SignedRequest("GET", "/v2/payments/TEST_merchantPaymentID",
                    "hmac OPA-Auth:sample_key:JbUZwAUKeQ+WDClEjkCGwYG/juFR+Dd5RK5AfL0gK9w=:a360e2:1743139337:empty",
                    null, new byte[0], null))).isEmpty();
        }
    }

    @Nested
    @DisplayName("rejections")
    class Rejections {
        private final AuthVerifier verifier = verifierAt(1735689600, "M1");

        private boolean accepted(String method, String path, String header, String ct, String body, String merchant) {
            return verifier.verify(new AuthVerifier.SignedRequest(method, path, header, ct,
                    body.getBytes(StandardCharsets.UTF_8), merchant)).isEmpty();
        }

        @Test
        void tamperedBodyOrContentTypeOrPathOrMethod() {
            assertThat(accepted("POST", "/v2/codes", POST_HEADER, CT, BODY, null)).isTrue();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER, CT, BODY.replace("1200", "1201"), null)).isFalse();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER, CT, BODY + " ", null)).isFalse();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER, "application/json", BODY, null)).isFalse();
            assertThat(accepted("POST", "/v2/codes/", POST_HEADER, CT, BODY, null)).isFalse();
            assertThat(accepted("PUT", "/v2/codes", POST_HEADER, CT, BODY, null)).isFalse();
        }

        @Test
        void wrongKeySecretMerchantOrHeader() {
            assertThat(accepted("POST", "/v2/codes", POST_HEADER.replace("a_ExampleKey_12345", "other"), CT, BODY,
                    null)).isFalse();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER, CT, BODY, "M2")).isFalse();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER, CT, BODY, "M1")).isTrue();
            assertThat(accepted("POST", "/v2/codes", null, CT, BODY, null)).isFalse();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER.replace("hmac ", "Bearer "), CT, BODY, null))
                    .isFalse();
            assertThat(accepted("POST", "/v2/codes", POST_HEADER + ":extra", CT, BODY, null)).isFalse();
            AuthVerifier otherSecret = new AuthVerifier(KEY, "another", "M1",
                    SimulatorClock.fixedAt(Instant.ofEpochSecond(1735689600)), 120);
            assertThat(otherSecret.verify(new AuthVerifier.SignedRequest("POST", "/v2/codes", POST_HEADER, CT,
                    BODY.getBytes(StandardCharsets.UTF_8), null))).isPresent();
        }

        @ParameterizedTest(name = "clock at signed epoch {0} s")
        @ValueSource(longs = {-121, 121, 100_000})
        void epochOutsideTwoMinutes(long skew) {
            AuthVerifier skewed = verifierAt(1735689600 + skew, "M1");
            assertThat(skewed.verify(new AuthVerifier.SignedRequest("POST", "/v2/codes", POST_HEADER, CT,
                    BODY.getBytes(StandardCharsets.UTF_8), null))).contains("epoch missing or outside ±120 s");
        }

        @ParameterizedTest(name = "clock at signed epoch {0} s")
        @ValueSource(longs = {-120, 0, 120})
        void epochWithinTwoMinutes(long skew) {
            AuthVerifier skewed = verifierAt(1735689600 + skew, "M1");
            assertThat(skewed.verify(new AuthVerifier.SignedRequest("POST", "/v2/codes", POST_HEADER, CT,
                    BODY.getBytes(StandardCharsets.UTF_8), null))).isEmpty();
        }
    }

    @ParameterizedTest(name = "content type ''{0}'' with nonce ''{1}''")
    @org.junit.jupiter.params.provider.CsvSource({
            "application/json, 0b5f3a1e-9c1d-4a2b-8e7f-1234567890ab",
            "application/json;charset=UTF-8, 1a2b3c4d",
            "application/json;charset=UTF-8;, 0123456789abcdef",
            "application/json;charset=UTF-8;, AbCd1234"})
    @DisplayName("accepts every official SDK's content type and nonce style")
    void sdkVariants(String contentType, String nonce) {
        String header = SignedClient.authorization(KEY, SECRET, "POST", "/v2/codes", BODY, contentType, nonce,
                1735689600);
        assertThat(verifierAt(1735689600, "M1").verify(new AuthVerifier.SignedRequest("POST", "/v2/codes", header,
                contentType, BODY.getBytes(StandardCharsets.UTF_8), null))).isEmpty();
    }
}
