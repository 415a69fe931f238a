package dev.kaikei.ui.charge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.RecordingNavigator;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keypad rules and the start of a checkout, without the JavaFX toolkit. */
class ChargeViewModelTest {

    private final FakeCheckoutService service = new FakeCheckoutService();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private List<PaymentSummary> history = List.of();
    /** The cashier's answers to confirmations, in order; each question asked is recorded. */
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();
    private ChargeViewModel vm = viewModel(Locale.ENGLISH, false);

    private ChargeViewModel viewModel(Locale locale, boolean preAuth) {
        return new ChargeViewModel(service, (title, question, confirm, answer) -> {
            questions.add(question);
            answer.accept(answers.removeFirst());
        }, n -> history.stream().limit(n).toList(), TaskRunner.sameThread(), navigator, new Messages(locale), preAuth);
    }

    private void type(String keys) {
        for (char c : keys.toCharArray()) {
            vm.digit(c - '0');
        }
    }

    @Nested
    @DisplayName("keypad input")
    class Keypad {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"1200, '¥1,200'", "5, ¥5", "99999999999, '¥99,999,999,999'", "0012, ¥12", "1000000, '¥1,000,000'"})
        void digitsShowAsYen(String keys, String shown) {
            type(keys);
            assertThat(vm.getAmountText()).isEqualTo(shown);
        }

        @Test
        void startsAtZeroYenAndAsksForAnAmount() {
            assertThat(vm.getAmountText()).isEqualTo("¥0");
            assertThat(vm.getStatus().text()).isEqualTo("Enter an amount");
            assertThat(vm.isCanCharge()).isFalse();
        }

        @Test
        void doubleZeroAppendsTwoZeros() {
            type("12");
            vm.doubleZero();
            assertThat(vm.getAmount()).isEqualTo(1200);
        }

        @Test
        void backspaceRemovesTheLastDigitAndClearEmpties() {
            type("1234");
            vm.backspace();
            assertThat(vm.getAmount()).isEqualTo(123);
            vm.clear();
            assertThat(vm.getAmount()).isZero();
            vm.backspace();
            assertThat(vm.getAmount()).isZero();
        }

        @Test
        void twelfthDigitIsIgnoredAndTheMaximumIsNamed() {
            type("12345678901");
            vm.digit(2);
            assertThat(vm.getAmount()).isEqualTo(12_345_678_901L);
            assertThat(vm.getStatus().text()).isEqualTo("At most 11 digits (¥99,999,999,999)");
            vm.backspace();
            assertThat(vm.getStatus().text()).isEmpty();
        }

        @Test
        void doubleZeroAtTenDigitsAddsOnlyOne() {
            type("1234567890");
            vm.doubleZero();
            assertThat(vm.digitsProperty().get()).isEqualTo("12345678900");
            assertThat(vm.getStatus().text()).startsWith("At most 11 digits");
        }

        @Test
        void japaneseMessages() {
            vm = viewModel(Locale.JAPANESE, false);
            assertThat(vm.getStatus().text()).isEqualTo("金額を入力してください");
            type("12345678901");
            vm.digit(1);
            assertThat(vm.getStatus().text()).isEqualTo("金額は最大11桁です（¥99,999,999,999）");
        }
    }

    @Nested
    @DisplayName("charging")
    class Charging {

        @Test
        void chargeStartsACheckoutWithTheKeyedRequestAndNavigates() {
            type("1200");
            vm.descriptionProperty().set("  Coffee  ");
            assertThat(vm.charge()).isTrue();
            // The keyed amount is a sale of one line of the keypad's department (standard rate by default).
            Sale keyed = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, QuickKey.DEFAULT_KEYPAD.line(1200));
            assertThat(service.requests()).containsExactly(new ChargeRequest(1200, "Coffee", false, keyed,
                    List.of()));
            assertThat(navigator.checkouts()).singleElement().satisfies(shown -> {
                assertThat(shown.checkout()).isSameAs(service.last());
                assertThat(shown.request().amountYen()).isEqualTo(1200);
            });
            assertThat(vm.getAmount()).isZero();
            assertThat(vm.descriptionProperty().get()).isEmpty();
        }

        @Test
        void zeroIsRefusedWithAReason() {
            assertThat(vm.charge()).isFalse();
            assertThat(service.requests()).isEmpty();
            assertThat(vm.getStatus().text()).isEqualTo("Enter an amount");
            assertThat(vm.getStatus().isProblem()).isTrue();
        }

        @Test
        void tooLongDescriptionIsRefusedWithAReason() {
            type("500");
            vm.descriptionProperty().set("x".repeat(256));
            assertThat(vm.isCanCharge()).isFalse();
            assertThat(vm.charge()).isFalse();
            assertThat(service.requests()).isEmpty();
            assertThat(vm.getStatus().text()).isEqualTo("Description too long: 256 of 255 characters");
            vm.descriptionProperty().set("x".repeat(255));
            assertThat(vm.isCanCharge()).isTrue();
        }

        @Test
        void engineRefusalIsShownAndNothingNavigates() {
            service.failWith(new IllegalStateException("journal is full"));
            type("300");
            vm.charge();
            assertThat(navigator.checkouts()).isEmpty();
            assertThat(vm.getStatus().text()).isEqualTo("Could not start the payment: journal is full");
            assertThat(vm.getAmount()).isEqualTo(300);
            assertThat(vm.busyProperty().get()).isFalse();
        }

        @Test
        void preAuthorizeOnlyWhenEnabled() {
            type("800");
            assertThat(vm.preAuthorize()).isFalse();
            assertThat(service.requests()).isEmpty();

            vm = viewModel(Locale.ENGLISH, true);
            type("800");
            assertThat(vm.preAuthorize()).isTrue();
            assertThat(service.requests()).containsExactly(new ChargeRequest(800, "", true));
        }
    }

    @Test
    @DisplayName("the recent strip shows the latest payments in Tokyo time with localized states")
    void recentPayments() {
        history = List.of(
                new PaymentSummary("a", 1200, "Coffee", PaymentState.COMPLETED, Instant.parse("2026-03-01T03:04:00Z")),
                new PaymentSummary("b", 500, "", PaymentState.EXPIRED, Instant.parse("2026-03-01T02:00:00Z")),
                new PaymentSummary("c", 90, "", PaymentState.REVERTED, Instant.parse("2026-03-01T01:00:00Z")));
        vm = viewModel(Locale.JAPANESE, false);
        vm.refreshRecent();
        assertThat(vm.recentPayments()).extracting(ChargeViewModel.RecentRow::time, ChargeViewModel.RecentRow::amount,
                ChargeViewModel.RecentRow::stateText).containsExactly(
                org.assertj.core.groups.Tuple.tuple("12:04", "¥1,200", "支払い完了"),
                org.assertj.core.groups.Tuple.tuple("11:00", "¥500", "期限切れ"),
                org.assertj.core.groups.Tuple.tuple("10:00", "¥90", "解放済み"));
    }

    @Nested
    @DisplayName("an earlier checkout still being checked")
    class Unresolved {

        private final PaymentSummary open = new PaymentSummary("k-9", 2400, "Lunch", PaymentState.UNKNOWN,
                Instant.parse("2026-03-01T03:00:00Z"));

        @Test
        @DisplayName("asks before a new checkout; on no nothing starts and the cashier is told why")
        void declined() {
            service.unresolved(List.of(open));
            answers.add(false);
            type("700");
            vm.charge();
            assertThat(questions).singleElement().satisfies(q -> assertThat(q).contains("¥2,400").contains("12:00")
                    .contains("still being checked"));
            assertThat(service.requests()).isEmpty();
            assertThat(vm.getStatus().text()).contains("No new checkout");
            assertThat(vm.getAmountText()).as("the amount stays keyed").isEqualTo("¥700");
        }

        @Test
        @DisplayName("on yes the checkout starts as usual")
        void confirmed() {
            service.unresolved(List.of(open));
            answers.add(true);
            type("700");
            vm.charge();
            assertThat(service.requests()).extracting(ChargeRequest::amountYen).containsExactly(700L);
        }

        @Test
        @DisplayName("with nothing open, no question")
        void nothingOpen() {
            type("700");
            vm.charge();
            assertThat(questions).isEmpty();
            assertThat(service.requests()).hasSize(1);
        }
    }
}
