package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.hq.FlakyProxy;
import dev.kaikei.hq.HqFixture;
import dev.kaikei.journal.BusinessDay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("kaikei sync, and commands pushing what they changed before they exit")
class SyncCommandTest extends CliFixture {

    @Test
    @DisplayName("a charge and a refund reach HQ as the commands exit; with HQ down the change waits, "
            + "kaikei sync says so (exit 6) and pushes it once HQ is back (exit 0)")
    void pushesAndReports() throws Exception {
        try (HqFixture hq = HqFixture.start(); FlakyProxy proxy = new FlakyProxy(hq.uri(), 1, 0.0)) {
            String token = hq.enrol("S1", "T1");
            Files.writeString(config, "hq.url=" + proxy.uri() + "\nhq.token=" + token + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            String id = paidCharge(1200);
            assertThat(hq.scalar("SELECT sale_yen FROM payments WHERE merchant_payment_id = '" + id + "'"))
                    .as("pushed when kaikei charge exited").isEqualTo(1200);

            proxy.down();
            Run refund = run("refund", id, "--amount", "200");
            assertThat(refund.code()).as(refund.toString()).isZero();
            Run offline = run("sync", "--timeout", "2");
            assertThat(offline.code()).isEqualTo(ExitCodes.UNRESOLVED);
            assertThat(offline.out()).matches("HQ: last synced \\d\\d:\\d\\d, [1-9]\\d* waiting\\R");
            assertThat(offline.err()).contains("could not be reached").doesNotContain(token);
            assertThat(hq.scalar("SELECT count(*) FROM operations WHERE refund_yen > 0")).isZero();

            proxy.up();
            Run synced = run("sync");
            assertThat(synced.code()).as(synced.toString()).isZero();
            assertThat(synced.out()).matches("HQ: last synced \\d\\d:\\d\\d, 0 waiting\\R");
            assertThat(hq.scalar("SELECT sum(refund_yen) FROM operations")).isEqualTo(200);
            long net = journal.dayReport(BusinessDay.today(sim.clock())).net();
            assertThat(hq.scalar("SELECT sum(sale_yen) FROM payments WHERE NOT canceled")
                    - hq.scalar("SELECT sum(refund_yen) FROM operations")).isEqualTo(net).isEqualTo(1000);
        }
    }

    @Test
    @DisplayName("while the cashier app holds the journal it only reports (the app pushes by itself)")
    void besideTheApp() throws Exception {
        try (HqFixture hq = HqFixture.start()) {
            Files.writeString(config, "hq.url=" + hq.uri() + "\nhq.token=" + hq.enrol("S1", "T1") + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            try (AppContext app = AppContext.open(TestPayPay.load(dir, config), options())) {
                Run r = run("sync");
                assertThat(r.code()).as(r.toString()).isZero();
                assertThat(r.out()).matches("HQ: last synced (\\d\\d:\\d\\d|never), 0 waiting\\R");
                assertThat(r.err()).contains("The cashier app is running and pushes to HQ by itself.");
            }
        }
    }

    @Test
    @DisplayName("without hq.url and hq.token it says what to set (exit 78)")
    void notConfigured() {
        Run r = run("sync");
        assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(r.err()).contains("hq.url").contains("hq.token");
    }

    @Test
    @DisplayName("a revoked token is reported, never printed")
    void revoked() throws Exception {
        try (HqFixture hq = HqFixture.start()) {
            String token = hq.enrol("S1", "T1");
            hq.revoke("S1", "T1");
            Files.writeString(config, "hq.url=" + hq.uri() + "\nhq.token=" + token + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Run r = run("sync", "--timeout", "5");
            assertThat(r.code()).isEqualTo(ExitCodes.UNRESOLVED);
            assertThat(r.err()).contains("refused this terminal's token").doesNotContain(token);
            assertThat(r.out()).contains("last synced never");
        }
    }
}
