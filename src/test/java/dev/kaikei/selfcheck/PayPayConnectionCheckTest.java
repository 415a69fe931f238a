package dev.kaikei.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Secret;
import dev.kaikei.config.Settings;
import dev.kaikei.selfcheck.SelfCheckReport.ClockCheck;
import dev.kaikei.selfcheck.SelfCheckReport.CredentialsCheck;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorOptions;
import dev.kaikei.testing.LogCapture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Connection self-check against the simulator over HTTP")
class PayPayConnectionCheckTest {

    private PayPaySimulator sim;

    @BeforeEach
    void start() {
        sim = new PayPaySimulator(SimulatorOptions.builder().seed(3).build()).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Settings settings(URI base, String key, String secret, String merchant) {
        return new Settings(PayPayMode.STAGING, Optional.of(base), key, Secret.of(secret), merchant, "Store", "T1",
                Path.of("journal.db"), 4, Locale.ENGLISH, "test", List.of());
    }

    private SelfCheckReport check(Clock clock, Settings s) {
        return new PayPayConnectionCheck(clock, Duration.ofSeconds(3)).run(s);
    }

    @Test
    @DisplayName("right credentials: accepted (PayPay says the made-up payment does not exist), clock in sync")
    void accepted() {
        SelfCheckReport r = check(Clock.systemUTC(), settings(sim.baseUri(), sim.apiKey(), sim.apiSecret(),
                sim.merchantId()));
        assertThat(r.credentials()).isEqualTo(CredentialsCheck.ACCEPTED);
        assertThat(r.resultCode()).contains("DYNAMIC_QR_PAYMENT_NOT_FOUND");
        assertThat(r.clock()).isEqualTo(ClockCheck.IN_SYNC);
        assertThat(r.clockSkew()).hasValueSatisfying(d -> assertThat(d.abs()).isLessThan(Duration.ofSeconds(3)));
        assertThat(r.requestId()).isPresent();
        assertThat(r.isOk()).isTrue();
    }

    @ParameterizedTest(name = "wrong {0}")
    @CsvSource({"key", "secret", "merchant"})
    @DisplayName("a wrong key, secret or merchant id is rejected (401), and the secret is never logged")
    void rejected(String wrong) {
        String secret = wrong.equals("secret") ? "d3JvbmctYnV0LXZhbGlkLWJhc2U2NA==" : sim.apiSecret();
        try (LogCapture logs = new LogCapture()) {
            SelfCheckReport r = check(Clock.systemUTC(), settings(sim.baseUri(),
                    wrong.equals("key") ? "not-the-key" : sim.apiKey(), secret,
                    wrong.equals("merchant") ? "someone-else" : sim.merchantId()));
            assertThat(r.credentials()).isEqualTo(CredentialsCheck.REJECTED);
            assertThat(r.httpStatus()).isEqualTo(401);
            assertThat(r.isOk()).isFalse();
            assertThat(logs.all()).doesNotContain(secret).doesNotContain(sim.apiSecret());
        }
    }

    @Test
    @DisplayName("nothing listening: unreachable, clock unknown")
    void unreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SelfCheckReport r = check(Clock.systemUTC(), settings(URI.create("http://127.0.0.1:" + port), "k",
                sim.apiSecret(), "m"));
        assertThat(r.credentials()).isEqualTo(CredentialsCheck.UNREACHABLE);
        assertThat(r.clock()).isEqualTo(ClockCheck.UNKNOWN);
    }

    @Test
    @DisplayName("a clock 90 s off still signs within PayPay's limit but is reported as drifting")
    void drifting() {
        SelfCheckReport r = check(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-90)),
                settings(sim.baseUri(), sim.apiKey(), sim.apiSecret(), sim.merchantId()));
        assertThat(r.clock()).isEqualTo(ClockCheck.DRIFTING);
        assertThat(r.clockSkew()).hasValueSatisfying(d -> assertThat(d.getSeconds()).isBetween(88L, 92L));
        assertThat(r.credentials()).isEqualTo(CredentialsCheck.ACCEPTED);
    }

    @Test
    @DisplayName("a clock 5 minutes off is why PayPay refuses the signature")
    void clockRejected() {
        SelfCheckReport r = check(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5)),
                settings(sim.baseUri(), sim.apiKey(), sim.apiSecret(), sim.merchantId()));
        assertThat(r.clock()).isEqualTo(ClockCheck.REJECTED);
        assertThat(r.credentials()).isEqualTo(CredentialsCheck.REJECTED);
        assertThat(r.isOk()).isFalse();
    }

    @Test
    @DisplayName("training mode: nothing to check, no request sent")
    void simulatorMode() {
        Settings s = new Settings(PayPayMode.SIMULATOR, Optional.empty(), "", Secret.empty(), "", "Store", "T1",
                Path.of("j.db"), 4, Locale.ENGLISH, "test", List.of());
        assertThat(check(Clock.systemUTC(), s)).isEqualTo(SelfCheckReport.notApplicable());
    }
}
