package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.ui.UiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root hands the services it built to the screens: the real engine behind every section. */
class CashierAppTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the screens get the context's engine, journal and settings, and a Settings form on the given file")
    void uiServices() throws Exception {
        Path config = TestPayPay.simulatorConfig(dir, dir.resolve("journal.sqlite"));
        Settings settings = TestPayPay.load(dir, config);
        try (AppContext ctx = AppContext.open(settings, TestPayPay.fastOptions())) {
            UiServices services = CashierApp.uiServices(ctx, config);
            assertThat(services.checkouts()).isSameAs(ctx.engine());
            assertThat(services.mode()).isEqualTo(PayPayMode.SIMULATOR);
            assertThat(services.storeName()).isEqualTo("Test Shop");
            assertThat(services.locale().getLanguage()).isEqualTo("en");
            assertThat(services.customers()).containsSame(ctx.engine().customers());
            assertThat(services.operations()).isPresent();
            assertThat(services.managerPin().isTraining()).as("the simulator's practice PIN").isTrue();
            assertThat(services.connectionCheck()).isPresent();
            assertThat(services.supportBundle()).isPresent();
            assertThat(services.settingsStore().orElseThrow().load().getProperty("store.name")).isEqualTo("Test Shop");

            Checkout c = services.checkouts().start(new ChargeRequest(700, "Tea", false));
            await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.AWAITING_PAYMENT);
            assertThat(services.recentPayments().latest(5)).singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PaymentState.AWAITING_PAYMENT));
            assertThat(services.history().orElseThrow().search(new HistoryQuery(null, 700L, null, null,
                    Set.of(PaymentState.AWAITING_PAYMENT), 10, 0))).hasSize(1);
        }
    }
}
