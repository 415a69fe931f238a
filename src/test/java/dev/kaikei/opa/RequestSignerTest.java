package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The signer against every test vector of paypay-api.md §2.4. */
class RequestSignerTest {

    @Nested
    @DisplayName("worked examples (a_ExampleKey_12345)")
    class WorkedExamples {
        private final RequestSigner signer = new RequestSigner("a_ExampleKey_12345",
                ApiSecret.of("ZXhhbXBsZVNlY3JldEZvckRvY3M="));
        private final byte[] body = ("{\"merchantPaymentId\":\"POS1-20250101-0001\",\"amount\":{\"amount\":1200,"
                + "\"currency\":\"JPY\"},\"codeType\":\"ORDER_QR\",\"orderDescription\":\"Coffee x2\","
                + "\"isAuthorization\":false,\"requestedAt\":1735689600}").getBytes(StandardCharsets.UTF_8);

        @Test
        @DisplayName("POST /v2/codes: body hash, MAC and header")
        void post() {
            assertThat(body).hasSize(186);
            assertThat(RequestSigner.bodyHash(RequestSigner.JSON_CONTENT_TYPE, body))
                    .isEqualTo("NJaZ1Q+7Pkrdh0XzvkhZZQ==");
            assertThat(signer.authorization("POST", "/v2/codes", "k3f9x2ab", 1735689600L,
                    RequestSigner.JSON_CONTENT_TYPE, body))
                    .isEqualTo("hmac OPA-Auth:a_ExampleKey_12345:FUTCjacJhpbMVCxO4Qfund2sJKgHxWtZ2sI7Ehjn4Pg="
                            + ":k3f9x2ab:1735689600:NJaZ1Q+7Pkrdh0XzvkhZZQ==");
        }

        @Test
        @DisplayName("GET poll: empty/empty")
        void get() {
            assertThat(signer.authorization("GET", "/v2/codes/payments/POS1-20250101-0001", "m8q2w7zc",
                    1735689605L, null, null))
                    .isEqualTo("hmac OPA-Auth:a_ExampleKey_12345:C6dpt6MZ9CZZ8zOyTIgEtNw81EWDcJYXaSFEctVMeKA="
                            + ":m8q2w7zc:1735689605:empty");
        }

        @Test
        @DisplayName("the query string is not signed")
        void queryExcluded() {
            assertThat(signer.authorization("GET", "/v2/codes/payments/POS1-20250101-0001?x=1&y=2", "m8q2w7zc",
                    1735689605L, null, null))
                    .contains("C6dpt6MZ9CZZ8zOyTIgEtNw81EWDcJYXaSFEctVMeKA=");
        }
    }

    @Nested
    @DisplayName("PayPay help-centre samples (sample_key / sample_secret)")
    class HelpCentre {
        private final RequestSigner signer = new RequestSigner("sample_key", ApiSecret.of("sample_secret"));

        /** The article's JSON, with its own spacing, indented 4 spaces per level, LF line ends, no final newline. */
        private final String articleBody = String.join("\n",
                "{",
                "    \"merchantPaymentId\": \"TEST_QR_Payment\",",
                "    \"amount\": {",
                "        \"amount\":10,",
                "        \"currency\": \"JPY\"",
                "    },",
                "    \"codeType\": \"ORDER_QR\",",
                "    \"isAuthorization\":false,",
                "    \"redirectUrl\":\"https://about.paypay.ne.jp/\",",
                "    \"redirectType\":\"WEB_LINK\"",
                "}");

        @Test
        @DisplayName("POST /v2/codes with application/json and the reconstructed pretty-printed body")
        void post() {
            byte[] body = articleBody.getBytes(StandardCharsets.UTF_8);
            assertThat(RequestSigner.bodyHash("application/json", body)).isEqualTo("T9wzkv1tUWIxzIHQUT7iDQ==");
            assertThat(signer.authorization("POST", "/v2/codes", "fedaa4", 1743138611L, "application/json", body))
                    .isEqualTo("hmac OPA-Auth:sample_key:C2a7jD7OjL1DXnZhSYQfRI2Oxfdh43htV7pG8cwgCy4="
                            + ":fedaa4:1743138611:T9wzkv1tUWIxzIHQUT7iDQ==");
        }

        @Test
        @DisplayName("GET /v2/payments/TEST_merchantPaymentID")
        void get() {
            assertThat(signer.authorization("GET", "/v2/payments/TEST_merchantPaymentID", "a360e2", 1743139337L,
                    null, null))
                    .isEqualTo("hmac OPA-Auth:sample_key:JbUZwAUKeQ+WDClEjkCGwYG/juFR+Dd5RK5AfL0gK9w="
                            + ":a360e2:1743139337:empty");
        }

        @Test
        @DisplayName("whitespace in the body changes the hash")
        void whitespaceMatters() {
            byte[] compact = articleBody.replace("\n", "").replace("    ", "").getBytes(StandardCharsets.UTF_8);
            assertThat(RequestSigner.bodyHash("application/json", compact)).isNotEqualTo("T9wzkv1tUWIxzIHQUT7iDQ==");
        }
    }

    @Test
    @DisplayName("toString never shows the secret")
    void toStringMasked() {
        assertThat(new RequestSigner("k", ApiSecret.of("sample_secret")).toString()).doesNotContain("sample_secret");
        assertThat(ApiSecret.of("sample_secret").toString()).doesNotContain("sample_secret").contains("****");
    }
}
