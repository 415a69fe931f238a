package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.QrCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayPayAccessTest {

    @TempDir
    Path tmp;

    private Settings load(String content) throws Exception {
        Path file = tmp.resolve("k.properties");
        Files.writeString(file, content);
        return new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), Map.of(), Locale.ENGLISH)
                .load(Optional.of(file));
    }

    @Test
    void simulatorModeStartsAnEmbeddedSimulatorThatTheClientCanTalkTo() throws Exception {
        try (PayPayAccess access = PayPayAccess.open(load("store.name=Test Shop\n"), Clock.systemUTC())) {
            assertThat(access.simulator()).isPresent();
            assertThat(access.client().config().baseUrl()).startsWith("http://127.0.0.1:");
            // A signed call the simulator accepts: an unknown payment is a definitive "not found", not a 401.
            OpaResult<?> result = access.client().getQrPaymentDetails("NO-SUCH-PAYMENT");
            assertThat(result).isInstanceOfSatisfying(OpaResult.Rejected.class,
                    r -> assertThat(r.code()).isEqualTo("DYNAMIC_QR_PAYMENT_NOT_FOUND"));
        }
    }

    @Test
    void sandboxModeTargetsPayPaysGatewayWithoutASimulator() throws Exception {
        Settings s = load("paypay.env=STAGING\npaypay.apiKey=k\npaypay.apiSecret=s\npaypay.merchantId=m\n");
        try (PayPayAccess access = PayPayAccess.open(s, Clock.systemUTC())) {
            assertThat(access.simulator()).isEmpty();
            assertThat(access.client().config().baseUrl()).isEqualTo("https://apigw.sandbox.paypay.ne.jp");
        }
    }

    @Test
    void baseUrlOverrideWins() throws Exception {
        Settings s = load("paypay.env=PERF\npaypay.apiKey=k\npaypay.apiSecret=s\npaypay.merchantId=m\n"
                + "paypay.baseUrl=https://example.test:8443\n");
        try (PayPayAccess access = PayPayAccess.open(s, Clock.systemUTC())) {
            assertThat(access.client().config().baseUrl()).isEqualTo("https://example.test:8443");
        }
    }

    @Test
    @DisplayName("every run's embedded simulator hands out new code ids (a pay page left open cannot pay a new code)")
    void codeIdsDifferBetweenRuns() throws Exception {
        Settings settings = load("store.name=Test Shop\n");
        List<String> firstCodes = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (PayPayAccess access = PayPayAccess.open(settings, Clock.systemUTC())) {
                OpaResult<QrCode> qr = access.client().createQrCode(
                        CreateQrCodeRequest.builder("RUN-" + run, MoneyAmount.yen(500)).build());
                assertThat(qr).isInstanceOf(OpaResult.Success.class);
                firstCodes.add(((OpaResult.Success<QrCode>) qr).data().codeId());
            }
        }
        assertThat(firstCodes.get(1)).isNotEqualTo(firstCodes.get(0));
    }
}
