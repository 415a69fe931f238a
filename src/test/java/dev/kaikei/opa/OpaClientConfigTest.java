package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Environments, base URL override, PROD's https rule, defaults and secret masking. */
class OpaClientConfigTest {

    private static final String SECRET = "S3cr3t-do-not-show";
    private static final Credentials CREDS = Credentials.of("key-1", SECRET, "merchant-1");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "STAGING, https://apigw.sandbox.paypay.ne.jp",
            "PROD,    https://apigw.paypay.ne.jp",
            "PERF,    https://perf-apigw.paypay.ne.jp"})
    @DisplayName("each environment has the §11 host")
    void environments(PayPayEnvironment env, String url) {
        assertThat(env.baseUrl()).isEqualTo(url);
        assertThat(OpaClientConfig.builder(CREDS).environment(env).build().baseUrl()).isEqualTo(url);
    }

    @Test
    @DisplayName("STAGING is the default; a base URL override wins and loses its trailing slash")
    void override() {
        assertThat(OpaClientConfig.builder(CREDS).build().environment()).isEqualTo(PayPayEnvironment.STAGING);
        assertThat(OpaClientConfig.builder(CREDS).baseUrl("http://127.0.0.1:8089/").build().baseUrl())
                .isEqualTo("http://127.0.0.1:8089");
    }

    @Test
    @DisplayName("PROD refuses a non-https base URL but accepts an https one")
    void prodNeedsHttps() {
        assertThatThrownBy(() -> OpaClientConfig.builder(CREDS).environment(PayPayEnvironment.PROD)
                .baseUrl("http://127.0.0.1:8080").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(OpaClientConfig.builder(CREDS).environment(PayPayEnvironment.PROD)
                .baseUrl("https://proxy.example").build().baseUrl()).isEqualTo("https://proxy.example");
    }

    @Test
    @DisplayName("a base URL that is not http(s)://host is refused")
    void badUrl() {
        assertThatThrownBy(() -> OpaClientConfig.builder(CREDS).baseUrl("ftp://x").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpaClientConfig.builder(CREDS).baseUrl("not a url").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("default timeouts follow §4.1")
    void defaultTimeouts() {
        Timeouts t = Timeouts.DEFAULT;
        assertThat(t.connect()).isEqualTo(Duration.ofSeconds(10));
        assertThat(t.readTimeout(OpaOperation.CREATE_QR_CODE.timeoutClass())).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.readTimeout(OpaOperation.CREATE_PAYMENT.timeoutClass())).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.readTimeout(OpaOperation.REFUND.timeoutClass())).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.readTimeout(OpaOperation.CAPTURE.timeoutClass())).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.readTimeout(OpaOperation.REVERT_AUTHORIZATION.timeoutClass())).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.readTimeout(OpaOperation.PRE_AUTHORIZE.timeoutClass())).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.readTimeout(OpaOperation.GET_QR_PAYMENT_DETAILS.timeoutClass())).isEqualTo(Duration.ofSeconds(15));
        assertThat(t.readTimeout(OpaOperation.CANCEL_PAYMENT.timeoutClass())).isEqualTo(Duration.ofSeconds(15));
        assertThat(t.readTimeout(OpaOperation.DELETE_QR_CODE.timeoutClass())).isEqualTo(Duration.ofSeconds(15));
        assertThat(t.readTimeout(OpaOperation.CREATE_ACCOUNT_LINK_QR_SESSION.timeoutClass()))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("backoff doubles from the base and stops at the cap")
    void backoff() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350));
        assertThat(p.delayAfter(1, null)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.delayAfter(2, null)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.delayAfter(3, null)).isEqualTo(Duration.ofMillis(350));
        assertThat(p.delayAfter(1, Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(300));
        assertThat(OpaTransport.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(OpaTransport.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isNull();
    }

    @Test
    @DisplayName("the secret never shows in toString of credentials, config or client")
    void secretMasked() {
        OpaClientConfig config = OpaClientConfig.builder(CREDS).baseUrl("http://127.0.0.1:1").build();
        assertThat(CREDS.toString()).doesNotContain(SECRET).contains("key-1");
        assertThat(config.toString()).doesNotContain(SECRET);
        try (PayPayClient client = new PayPayClient(config)) {
            assertThat(client.toString()).doesNotContain(SECRET);
        }
        assertThat(CREDS.apiSecret().reveal()).isEqualTo(SECRET);
    }

    @Test
    @DisplayName("blank credentials are refused without echoing any value")
    void blankCredentials() {
        assertThatThrownBy(() -> Credentials.of("k", "", "m")).hasMessageContaining("secret");
        assertThatThrownBy(() -> Credentials.of("", SECRET, "m")).hasMessageNotContaining(SECRET);
    }
}
