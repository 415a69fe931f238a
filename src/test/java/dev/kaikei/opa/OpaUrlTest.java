package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpaUrlTest {

    @Test
    @DisplayName("segments and query values are percent-encoded; the signed path leaves the query out")
    void encodesAndSeparatesPath() {
        OpaUrl url = OpaUrl.on("http://127.0.0.1:8080").segments("v2/refunds").segment("R 1/x?é")
                .query("paymentId", "p&q=1").query("currency", "JPY").build();
        assertThat(url.encodedPath()).isEqualTo("/v2/refunds/R%201%2Fx%3F%C3%A9");
        assertThat(url).hasToString("http://127.0.0.1:8080/v2/refunds/R%201%2Fx%3F%C3%A9?paymentId=p%26q%3D1"
                + "&currency=JPY");
        assertThat(url.toUrl().getPath()).isEqualTo(url.encodedPath());
        assertThat(url.toUrl().getQuery()).isEqualTo("paymentId=p%26q%3D1&currency=JPY");
    }

    @Test
    @DisplayName("a base URL with a path keeps it in front of the operation's path, and in the signed path")
    void keepsBasePath() {
        OpaUrl url = OpaUrl.on("https://gateway.example.jp/paypay").segments("v2/codes").build();
        assertThat(url.encodedPath()).isEqualTo("/paypay/v2/codes");
        assertThat(url).hasToString("https://gateway.example.jp/paypay/v2/codes");
    }

    @Test
    @DisplayName("an IPv6 loopback base URL stays usable")
    void ipv6Base() {
        OpaUrl url = OpaUrl.on("http://[::1]:8080").segments("v2/codes").build();
        assertThat(url).hasToString("http://[::1]:8080/v2/codes");
        assertThat(url.toUrl().getHost()).isEqualTo("[::1]");
        assertThat(url.toUrl().getPort()).isEqualTo(8080);
    }

    @Test
    @DisplayName("ids made of the allowed merchant-id characters pass unchanged")
    void plainIdsUnchanged() {
        assertThat(OpaUrl.encode("POS1-0001_ab.~Z9")).isEqualTo("POS1-0001_ab.~Z9");
    }
}
