package dev.kaikei.ui.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.Watermark;
import dev.kaikei.ui.testing.FakeCheckout;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.ManualTimer;
import dev.kaikei.ui.testing.RecordingNavigator;
import dev.kaikei.ui.testing.RecordingSound;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How a checkout's phases turn into texts, flags, sounds and navigation, without the JavaFX toolkit. */
class CheckoutViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");
    private static final String URL = "https://qr.paypay.ne.jp/28180104abc";

    private final FakeCheckoutService service = new FakeCheckoutService();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final RecordingSound sound = new RecordingSound();
    private final ManualTimer timer = new ManualTimer(NOW);
    private final ChargeRequest request = new ChargeRequest(1200, "Coffee", false);
    private FakeCheckout checkout;
    private CheckoutViewModel vm;

    @BeforeEach
    void start() {
        vm = viewModel(Locale.ENGLISH);
    }

    private CheckoutViewModel viewModel(Locale locale) {
        checkout = (FakeCheckout) service.start(request);
        UiContext ui = new UiContext(TaskRunner.sameThread(), timer, timer, new Messages(locale), sound);
        CheckoutViewModel model = new CheckoutViewModel(checkout, request, service, ui, navigator, "Cafe Kaikei",
                Watermark.NONE, Duration.ofSeconds(4));
        model.start();
        return model;
    }

    @Test
    void showsAmountAndStoreWhileCreating() {
        assertThat(vm.getAmountText()).isEqualTo("¥1,200");
        assertThat(vm.storeNameProperty().get()).isEqualTo("Cafe Kaikei");
        assertThat(vm.getPhase()).isEqualTo(CheckoutPhase.CREATING);
        assertThat(vm.getStateText()).isEqualTo("Creating the code…");
        assertThat(vm.getQrUrl()).isNull();
        assertThat(vm.waitingProperty().get()).isTrue();
        assertThat(vm.isCanCancel()).isTrue();
    }

    @Test
    void awaitingPaymentShowsTheQrAndTheInstruction() {
        checkout.awaiting(URL, NOW.plusSeconds(300));
        assertThat(vm.getQrUrl()).isEqualTo(URL);
        assertThat(vm.getInstructionText()).isEqualTo("Scan with the PayPay app");
        assertThat(vm.isPaid()).isFalse();
    }

    @Nested
    @DisplayName("countdown from the server's expiry")
    class Countdown {

        @Test
        void countsDownWithTheClock() {
            checkout.awaiting(URL, NOW.plusSeconds(299).plusMillis(400));
            assertThat(vm.getCountdownSeconds()).isEqualTo(300);
            assertThat(vm.countdownTextProperty().get()).isEqualTo("Expires in 5:00");
            timer.advance(Duration.ofSeconds(1));
            assertThat(vm.countdownTextProperty().get()).isEqualTo("Expires in 4:59");
            timer.advance(Duration.ofSeconds(250));
            assertThat(vm.countdownTextProperty().get()).isEqualTo("Expires in 0:49");
        }

        @Test
        void neverGoesBelowZero() {
            checkout.awaiting(URL, NOW.plusSeconds(2));
            timer.advance(Duration.ofSeconds(10));
            assertThat(vm.getCountdownSeconds()).isZero();
        }

        @Test
        void stopsWhenTheCheckoutEnds() {
            checkout.awaiting(URL, NOW.plusSeconds(300));
            checkout.phase(CheckoutPhase.EXPIRED);
            assertThat(vm.getCountdownSeconds()).isEqualTo(-1);
            assertThat(vm.countdownTextProperty().get()).isEmpty();
            assertThat(timer.active()).isZero();
        }

        @Test
        void japaneseCountdown() {
            vm = viewModel(Locale.JAPANESE);
            checkout.awaiting(URL, NOW.plusSeconds(65));
            assertThat(vm.countdownTextProperty().get()).isEqualTo("有効期限 あと1:05");
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\", tone {2}")
    @CsvSource({
            "CREATING,         Creating the code…,          NEUTRAL, false",
            "AWAITING_PAYMENT, Waiting for payment,         NEUTRAL, false",
            "PAID,             Paid,                        SUCCESS, true",
            "AUTHORIZED,       Authorized (capture later),  SUCCESS, false",
            "DECLINED,         Payment declined,            DANGER,  false",
            "EXPIRED,          Code expired,                WARNING, false",
            "RESOLVING,        Checking with PayPay…,       WARNING, false",
            "FAILED,           Could not create the code,   DANGER,  false"})
    void phaseTexts(CheckoutPhase phase, String text, Tone tone, boolean paid) {
        checkout.awaiting(URL, NOW.plusSeconds(300));
        checkout.phase(phase);
        assertThat(vm.getStateText()).isEqualTo(text);
        assertThat(vm.getTone()).isEqualTo(tone);
        assertThat(vm.isPaid()).isEqualTo(paid);
    }

    @ParameterizedTest
    @EnumSource(value = CheckoutPhase.class, names = "PAID", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("\"Paid\" appears for PAID only")
    void paidOnlyForPaid(CheckoutPhase phase) {
        checkout.phase(phase);
        assertThat(vm.isPaid()).isFalse();
        assertThat(vm.getStateText()).isNotEqualTo("Paid");
        assertThat(vm.getInstructionText()).isNotEmpty();
        if (phase != CheckoutPhase.AUTHORIZED) {
            assertThat(vm.getInstructionText()).doesNotContain("Thank you");
            assertThat(sound.played()).doesNotContain("paid");
        }
    }

    @Test
    void resolvingIsNeverShownAsFailed() {
        checkout.phase(CheckoutPhase.RESOLVING, "timeout");
        assertThat(vm.getTone()).isNotEqualTo(Tone.DANGER);
        assertThat(vm.waitingProperty().get()).isTrue();
        assertThat(sound.played()).isEmpty();
        assertThat(vm.getDetailText()).isEqualTo("timeout");
    }

    @Nested
    @DisplayName("after PAID")
    class AfterPaid {

        @Test
        void playsTheSuccessCueOnceAndReturnsToChargeAfterTheDelay() {
            checkout.awaiting(URL, NOW.plusSeconds(300));
            checkout.phase(CheckoutPhase.PAID);
            checkout.phase(CheckoutPhase.PAID);
            assertThat(sound.played()).containsExactly("paid");
            assertThat(vm.getQrUrl()).isNull();
            timer.advance(Duration.ofMillis(3999));
            assertThat(navigator.chargeShown()).isZero();
            timer.advance(Duration.ofMillis(1));
            assertThat(navigator.chargeShown()).isEqualTo(1);
            assertThat(checkout.listenerCount()).isZero();
        }

        @Test
        void authorizedAlsoReturns() {
            checkout.phase(CheckoutPhase.AUTHORIZED);
            timer.advance(Duration.ofSeconds(4));
            assertThat(navigator.chargeShown()).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = CheckoutPhase.class, names = {"DECLINED", "EXPIRED", "FAILED"})
        void failuresStayUntilTheCashierActs(CheckoutPhase phase) {
            checkout.phase(phase);
            timer.advance(Duration.ofMinutes(10));
            assertThat(navigator.chargeShown()).isZero();
            assertThat(sound.played()).containsExactly("failed");
            assertThat(vm.isCanNewCode()).isTrue();
            assertThat(vm.isCanFinish()).isTrue();
            assertThat(vm.isCanCancel()).isFalse();
            vm.finish();
            assertThat(navigator.chargeShown()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("cashier actions")
    class Actions {

        @Test
        void cancelAbandonsTheCheckoutAndReturnsWhenAbandoned() {
            checkout.awaiting(URL, NOW.plusSeconds(300));
            vm.cancel();
            assertThat(checkout.abandonCalls()).isEqualTo(1);
            assertThat(vm.getStateText()).isEqualTo("Cancelling…");
            assertThat(vm.isCanCancel()).isFalse();
            vm.cancel();
            assertThat(checkout.abandonCalls()).isEqualTo(1);
            checkout.phase(CheckoutPhase.ABANDONED);
            assertThat(navigator.chargeShown()).isEqualTo(1);
        }

        @Test
        void escapeCancelsWhileRunning() {
            checkout.awaiting(URL, NOW.plusSeconds(300));
            vm.escape();
            assertThat(checkout.abandonCalls()).isEqualTo(1);
        }

        @Test
        void aPaymentThatArrivesDuringCancelIsShownAsPaid() {
            checkout.awaiting(URL, NOW.plusSeconds(300));
            vm.cancel();
            checkout.phase(CheckoutPhase.PAID);
            assertThat(vm.isPaid()).isTrue();
            assertThat(vm.getStateText()).isEqualTo("Paid");
            assertThat(sound.played()).containsExactly("paid");
            assertThat(navigator.chargeShown()).isZero();
        }

        @Test
        void newCodeStartsAFreshCheckoutWithTheSameRequest() {
            checkout.phase(CheckoutPhase.EXPIRED);
            vm.newCode();
            assertThat(service.requests()).containsExactly(request, request);
            assertThat(navigator.checkouts()).singleElement().satisfies(shown -> {
                assertThat(shown.checkout()).isSameAs(service.last()).isNotSameAs(checkout);
                assertThat(shown.request()).isEqualTo(request);
            });
            assertThat(checkout.listenerCount()).isZero();
        }

        @Test
        void newCodeIsNotOfferedWhileTheCodeIsValid() {
            checkout.awaiting(URL, NOW.plusSeconds(300));
            vm.newCode();
            assertThat(service.requests()).hasSize(1);
        }

        @Test
        void updatesAfterCloseAreIgnored() {
            vm.close();
            checkout.phase(CheckoutPhase.PAID);
            assertThat(vm.isPaid()).isFalse();
            assertThat(sound.played()).isEmpty();
        }
    }

    @Test
    void offlineFlagFollowsTheEngine() {
        checkout.awaiting(URL, NOW.plusSeconds(300));
        checkout.offline(true);
        assertThat(vm.isOffline()).isTrue();
        checkout.offline(false);
        assertThat(vm.isOffline()).isFalse();
    }

    @Test
    void japaneseTexts() {
        vm = viewModel(Locale.JAPANESE);
        checkout.awaiting(URL, NOW.plusSeconds(300));
        assertThat(vm.getInstructionText()).isEqualTo("PayPayアプリで読み取ってください");
        checkout.phase(CheckoutPhase.PAID);
        assertThat(vm.getStateText()).isEqualTo("支払い完了");
    }
}
