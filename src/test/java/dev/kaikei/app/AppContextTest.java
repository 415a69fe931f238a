package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.Settings;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AppContext: the composition root")
class AppContextTest {

    @TempDir
    Path dir;

    private Settings simulatorSettings() {
        return TestPayPay.load(dir, TestPayPay.simulatorConfig(dir, dir.resolve("journal.sqlite")));
    }

    private static Checkout awaiting(AppContext ctx, long yen) {
        Checkout c = ctx.engine().start(new ChargeRequest(yen, "Coffee", false));
        await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.AWAITING_PAYMENT);
        return c;
    }

    private static String codeId(AppContext ctx, Checkout c) {
        return ctx.history().detail(c.merchantPaymentId()).orElseThrow().codeId().orElseThrow();
    }

    @Nested
    @DisplayName("in simulator mode")
    class SimulatorMode {

        @Test
        @DisplayName("opens with an embedded simulator and closes everything, the simulator included")
        void opensAndCloses() {
            URI base;
            try (AppContext ctx = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                assertThat(ctx.simulator()).isPresent();
                assertThat(ctx.settings().isSimulator()).isTrue();
                assertThat(ctx.history().today()).isEmpty();
                assertThat(ctx.recentPayments().latest(5)).isEmpty();
                base = ctx.simulator().get().baseUri();
            }
            assertThat(Files.exists(dir.resolve("journal.sqlite"))).isTrue();
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    base.resolve("/simulator/ledger")).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
            // The journal lock went with it: the next start succeeds.
            try (AppContext again = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                assertThat(again.engine()).isNotNull();
            }
        }

        @Test
        @DisplayName("a checkout reaches PAID when the customer pays, and the journal shows it")
        void checkoutPaid() {
            String id;
            try (AppContext ctx = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                Checkout c = awaiting(ctx, 1200);
                PayPaySimulator sim = ctx.simulator().orElseThrow();
                sim.payCode(codeId(ctx, c));
                await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.PAID);
                id = c.merchantPaymentId();
                List<PaymentSummary> recent = ctx.recentPayments().latest(5);
                assertThat(recent).extracting(PaymentSummary::merchantPaymentId).containsExactly(id);
                assertThat(recent.get(0).state()).isEqualTo(PaymentState.COMPLETED);
                assertThat(ctx.history().dayTotals(LocalDate.now(ZoneId.of("Asia/Tokyo")))
                        .grossYen()).isEqualTo(1200);
            }
            try (Journal journal = Journal.open(dir.resolve("journal.sqlite"))) {
                PaymentRecord row = journal.findPayment(id).orElseThrow();
                assertThat(row.state()).isEqualTo(PaymentState.COMPLETED);
                assertThat(row.amount()).isEqualTo(1200);
                assertThat(row.terminalId()).isEqualTo("T1");
                assertThat(row.paypayPaymentId()).isNotBlank();
            }
        }

        @Test
        @DisplayName("a restart (a new, empty simulator) does not flag the earlier training payments as unknown to PayPay")
        void restartFlagsNothing() {
            String id;
            try (AppContext ctx = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                Checkout c = awaiting(ctx, 900);
                ctx.simulator().orElseThrow().payCode(codeId(ctx, c));
                await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.PAID);
                id = c.merchantPaymentId();
            }
            try (AppContext again = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                assertThat(again.engine().reconcileNow().isClean()).isTrue();
            }
            try (Journal journal = Journal.open(dir.resolve("journal.sqlite"))) {
                assertThat(journal.findPayment(id).orElseThrow().attention()).isNull();
            }
        }

        @Test
        @DisplayName("recent payments are the latest n, newest first")
        void recentPayments() {
            try (AppContext ctx = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                List<String> ids = new ArrayList<>();
                for (int yen = 100; yen <= 400; yen += 100) {
                    Checkout c = awaiting(ctx, yen);
                    ctx.simulator().orElseThrow().declineCode(codeId(ctx, c));
                    await().until(() -> c.status().phase().isFinished());
                    ids.add(0, c.merchantPaymentId());
                }
                assertThat(ctx.recentPayments().latest(3)).extracting(PaymentSummary::merchantPaymentId)
                        .containsExactlyElementsOf(ids.subList(0, 3));
            }
        }

        @Test
        @DisplayName("closing abandons an open checkout: the code is withdrawn and the row ends ABANDONED")
        void closeAbandonsOpenCheckouts() {
            String id;
            PayPaySimulator sim;
            try (AppContext ctx = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                id = awaiting(ctx, 900).merchantPaymentId();
                sim = ctx.simulator().orElseThrow();
                ctx.close();
                assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("CREATED");
            }
            try (Journal journal = Journal.open(dir.resolve("journal.sqlite"))) {
                assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.ABANDONED);
            }
        }
    }

    @Nested
    @DisplayName("background work after the window (the cashier app)")
    class BackgroundWorkLater {

        @Test
        @DisplayName("no reconciliation and no backup until started; a charge before that is journaled and paid as"
                + " always; then both run")
        void waitsUntilStarted() {
            Path journalFile = dir.resolve("journal.sqlite");
            try (Journal journal = Journal.open(journalFile)) {
                // A checkout the previous run left open: the start-up reconciliation asks PayPay about it.
                journal.insertPayment(NewPayment.qr("T1-LEFT-OPEN-1", 500, null, null, "T1"));
            }
            try (AppContext ctx = AppContext.open(simulatorSettings(),
                    TestPayPay.fastOptions().withBackgroundWorkLater())) {
                Checkout c = awaiting(ctx, 700);
                ctx.simulator().orElseThrow().payCode(codeId(ctx, c));
                await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.PAID);
                assertThat(ctx.history().detail(c.merchantPaymentId()).orElseThrow().summary().state())
                        .isEqualTo(PaymentState.COMPLETED);
                assertThat(ctx.history().detail("T1-LEFT-OPEN-1").orElseThrow().calls()).isEmpty();
                assertThat(dir.resolve("backups")).doesNotExist();

                ctx.startBackgroundWork();

                await().atMost(Duration.ofSeconds(10)).until(() -> Files.isDirectory(dir.resolve("backups"))
                        && Files.list(dir.resolve("backups")).count() == 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> !ctx.history().detail("T1-LEFT-OPEN-1")
                        .orElseThrow().calls().isEmpty());
            }
        }

        @Test
        @DisplayName("a reader never starts it")
        void readerNever() {
            try (AppContext reader = AppContext.open(simulatorSettings(),
                    TestPayPay.fastOptions().withRole(AppOptions.Role.READER).withBackgroundWorkLater())) {
                reader.startBackgroundWork();
                assertThat(dir.resolve("backups")).doesNotExist();
            }
        }
    }

    @Nested
    @DisplayName("start-up failures")
    class Failures {

        @Test
        @DisplayName("a journal path that is a directory gives a clear JOURNAL error and leaves nothing open")
        void journalCannotOpen() throws IOException {
            Path notAFile = Files.createDirectories(dir.resolve("journal-dir"));
            Settings s = TestPayPay.load(dir, TestPayPay.simulatorConfig(dir, notAFile));
            assertThatThrownBy(() -> AppContext.open(s, TestPayPay.fastOptions()))
                    .isInstanceOfSatisfying(StartupException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StartupException.Reason.JOURNAL);
                        assertThat(e.getMessage()).startsWith("Cannot open the journal " + notAFile);
                    });
            // The lock was released on the way out: a fixed path opens fine.
            Settings ok = TestPayPay.load(dir, TestPayPay.simulatorConfig(dir, dir.resolve("j.sqlite")));
            AppContext.open(ok, TestPayPay.fastOptions()).close();
        }

        @Test
        @DisplayName("a second owner of one journal is refused (IN_USE); a reader may open beside it")
        void secondOwnerRefused() {
            try (AppContext owner = AppContext.open(simulatorSettings(), TestPayPay.fastOptions())) {
                assertThatThrownBy(() -> AppContext.open(simulatorSettings(), TestPayPay.fastOptions()))
                        .isInstanceOfSatisfying(StartupException.class,
                                e -> assertThat(e.reason()).isEqualTo(StartupException.Reason.IN_USE));
                try (AppContext reader = AppContext.open(simulatorSettings(),
                        TestPayPay.fastOptions().withRole(AppOptions.Role.READER))) {
                    assertThat(reader.history().today()).isEmpty();
                }
                assertThat(owner.history().today()).isEmpty();
            }
        }

        @Test
        @DisplayName("the cashier app's window waits for the journal: a second owner never gets to show one; the"
                + " owner shows it before PayPay, the journal and the engine open")
        void windowOnlyForTheOwner() {
            List<String> steps = new ArrayList<>();
            Settings settings = simulatorSettings();
            try (AppContext owner = AppContext.open(settings, TestPayPay.fastOptions(), () -> steps.add(
                    "window shown; journal " + (Files.exists(settings.journalPath()) ? "open" : "not yet")))) {
                assertThat(steps).containsExactly("window shown; journal not yet");
                assertThat(settings.journalPath()).isRegularFile();
                assertThat(owner.engine()).isNotNull();

                assertThatThrownBy(() -> AppContext.open(simulatorSettings(), TestPayPay.fastOptions(),
                        () -> steps.add("second window")))
                        .isInstanceOfSatisfying(StartupException.class,
                                e -> assertThat(e.reason()).isEqualTo(StartupException.Reason.IN_USE));
                assertThat(steps).containsExactly("window shown; journal not yet");
            }
        }
    }
}
