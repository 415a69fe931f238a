package dev.kaikei.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ManagerPin;
import dev.kaikei.journal.CallOutcome;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ActionOptions;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.payment.ReconcileSummary;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.config.PinLockoutStore;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import dev.kaikei.ui.testing.FakeHistoryService;
import dev.kaikei.ui.testing.FakePaymentOperations;
import dev.kaikei.ui.testing.ManualTimer;
import dev.kaikei.ui.testing.ScriptedPinPrompt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("HistoryViewModel (no toolkit, same-thread executors)")
class HistoryViewModelTest {

    /** 23:30 UTC = 08:30 the next day in Tokyo: the business day is Tokyo's. */
    private static final Instant NOW = Instant.parse("2026-03-01T23:30:00Z");
    private static final LocalDate TOKYO_DAY = LocalDate.of(2026, 3, 2);
    private static final String PIN_HASH = ManagerPin.hash("2580".toCharArray());

    private final FakeHistoryService history = new FakeHistoryService();
    private final FakePaymentOperations operations = new FakePaymentOperations();
    private final ScriptedPinPrompt prompt = new ScriptedPinPrompt();
    private HistoryViewModel model;
    private PaymentSummary coffee;

    private HistoryViewModel model(ManagerPinGuard guard) {
        return new HistoryViewModel(history, Optional.of(operations), guard, prompt, TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @BeforeEach
    void setUp() {
        coffee = FakeHistoryService.paid("T1-P-1", 1200, NOW.minusSeconds(600));
        history.payments.add(coffee);
        history.detail(coffee, FakeHistoryService.refundable(1200), List.of(new PaymentDetail.Call(
                NOW.minusSeconds(590), "GET_QR_PAYMENT_DETAILS", Optional.of("T1-P-1"), 200,
                Optional.of("SUCCESS"), Optional.empty(), CallOutcome.SUCCESS, 42, Optional.of("req-9"),
                Optional.empty())));
        model = model(ManagerPinGuard.inMemory(Optional.of(PIN_HASH), false));
        model.shown();
    }

    @Nested
    @DisplayName("the list")
    class Listing {

        @Test
        @DisplayName("shows today's Tokyo business day by default, with translated states and short PayPay ids")
        void today() {
            assertThat(model.dayProperty().get()).isEqualTo(TOKYO_DAY);
            assertThat(history.queries.get(0)).isEqualTo(new HistoryQuery(null, null, TOKYO_DAY, TOKYO_DAY, Set.of(),
                    HistoryViewModel.LIMIT, 0));
            PaymentRow row = model.rows().get(0);
            assertThat(row.amount()).isEqualTo("¥1,200");
            assertThat(row.stateText()).isEqualTo("Paid");
            assertThat(row.time()).isEqualTo("08:20:00");
            assertThat(row.paypayId()).startsWith("…").hasSize(7);
            assertThat(model.listMessageProperty().get()).isEqualTo("1 payment");
        }

        @ParameterizedTest(name = "''{0}'' → id {1}, amount {2}")
        @CsvSource(value = {"1200, null, 1200", "'¥1,200', null, 1200", "T1-P, T1-P, null",
                "04261234567890123456, 04261234567890123456, null"}, nullValues = "null")
        @DisplayName("a search looks through all days by amount (up to 11 digits) or by id")
        void search(String text, String id, Long amount) {
            model.searchTextProperty().set(text);
            model.refresh();
            HistoryQuery q = history.queries.get(history.queries.size() - 1);
            assertThat(q.idText()).isEqualTo(id);
            assertThat(q.amount()).isEqualTo(amount);
            assertThat(q.from()).isNull();
        }

        @Test
        @DisplayName("the state filter and the day picker reload with their criteria")
        void filters() {
            model.stateFilterProperty().set(HistoryViewModel.StateFilter.REFUNDED);
            assertThat(history.queries.get(history.queries.size() - 1).states())
                    .containsExactlyInAnyOrder(PaymentState.REFUNDED, PaymentState.PARTIALLY_REFUNDED);
            model.dayProperty().set(LocalDate.of(2026, 2, 27));
            assertThat(history.queries.get(history.queries.size() - 1).from()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(model.rows().get(0).time()).isEqualTo("2026-03-02 08:20:00");
        }

        @Test
        @DisplayName("a journal change reloads while shown, not once hidden")
        void followsJournal() {
            int before = history.queries.size();
            history.changed("T1-P-1");
            assertThat(history.queries).hasSize(before + 1);
            model.hidden();
            assertThat(history.listeners).isEmpty();
            history.changed("T1-P-1");
            assertThat(history.queries).hasSize(before + 1);
        }
    }

    @Nested
    @DisplayName("the detail")
    class Detail {

        @Test
        @DisplayName("shows the event trail and the allowed actions; the refund amount defaults to the remainder")
        void detail() {
            model.select("T1-P-1");
            assertThat(model.detail().shownProperty().get()).isTrue();
            assertThat(model.detail().titleProperty().get()).isEqualTo("¥1,200  Coffee");
            assertThat(model.detail().events()).containsExactly(new PaymentDetailModel.EventRow("08:20:10",
                    "GET_QR_PAYMENT_DETAILS", "200", "SUCCESS", "SUCCESS", "42 ms", "req-9"));
            assertThat(model.actions().canCancelProperty().get()).isTrue();
            assertThat(model.actions().canRefundProperty().get()).isTrue();
            assertThat(model.actions().canCaptureProperty().get()).isFalse();
            assertThat(model.actions().refundAmountProperty().get()).isEqualTo("1200");
            assertThat(model.actions().noteProperty().get()).contains("2026-03-02 00:14:59");
            assertThat(model.detail().info()).extracting(PaymentDetailModel.InfoLine::value).contains("T1-P-1", "req-last");
        }

        @Test
        @DisplayName("read-only history (no operations): no action is offered")
        void readOnly() {
            HistoryViewModel ro = new HistoryViewModel(history, Optional.empty(),
                    ManagerPinGuard.inMemory(Optional.empty(), true), prompt, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
            ro.select("T1-P-1");
            assertThat(ro.actions().canRefundProperty().get()).isFalse();
            assertThat(ro.actions().canCancelProperty().get()).isFalse();
        }
    }

    @Nested
    @DisplayName("actions behind the manager PIN")
    class Actions {

        @BeforeEach
        void select() {
            model.select("T1-P-1");
        }

        @Test
        @DisplayName("right PIN: the refund of the typed amount is sent, and the outcome said in plain words")
        void refund() {
            prompt.answer("2580");
            model.actions().refundAmountProperty().set("500");
            model.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(prompt.titles).containsExactly("Refund ¥500?");
            assertThat(operations.calls).containsExactly("refund T1-P-1 500");
            assertThat(model.actions().statusProperty().get().text()).isEqualTo("Done: ¥500 refunded. PayPay has confirmed it.");
            assertThat(model.actions().statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        }

        @Test
        @DisplayName("wrong PIN: refused with a message, nothing sent")
        void wrongPin() {
            prompt.answer("0000");
            model.actions().act(PaymentActionsModel.Action.CANCEL);
            assertThat(operations.calls).isEmpty();
            assertThat(model.actions().statusProperty().get().text()).isEqualTo("Wrong PIN. Nothing was sent to PayPay.");
            assertThat(model.actions().statusProperty().get().tone()).isEqualTo(Tone.DANGER);
        }

        @Test
        @DisplayName("after 5 wrong PINs even the right one is refused for a while, in plain words; nothing is sent")
        void lockedPin() {
            ManualTimer time = new ManualTimer(NOW);
            ManagerPinGuard guard = new ManagerPinGuard(Optional.of(PIN_HASH), false, PinLockoutStore.inMemory(), time);
            HistoryViewModel m = model(guard);
            m.select("T1-P-1");
            prompt.answer("0000");
            for (int i = 0; i < 5; i++) {
                m.actions().act(PaymentActionsModel.Action.CANCEL);
                assertThat(m.actions().statusProperty().get().text()).isEqualTo("Wrong PIN. Nothing was sent to PayPay.");
            }
            prompt.answer("2580");
            m.actions().refundAmountProperty().set("500");
            m.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(operations.calls).isEmpty();
            assertThat(m.actions().statusProperty().get().text())
                    .isEqualTo("Too many wrong PINs. Try again in 30 s. Nothing was sent to PayPay.");
            assertThat(m.actions().statusProperty().get().tone()).isEqualTo(Tone.DANGER);
            assertThat(m.actions().refundAmountProperty().get()).as("a refused PIN changes nothing").isEqualTo("500");

            time.advance(Duration.ofSeconds(12));
            HistoryViewModel japanese = new HistoryViewModel(history, Optional.of(operations), guard, prompt,
                    TaskRunner.sameThread(), new Messages(Locale.JAPANESE), Clock.fixed(NOW, ZoneOffset.UTC));
            japanese.select("T1-P-1");
            japanese.actions().act(PaymentActionsModel.Action.CANCEL);
            assertThat(operations.calls).isEmpty();
            assertThat(japanese.actions().statusProperty().get().text()).isEqualTo(
                    "PINの誤入力が続いたため、ロックしています。18秒後にもう一度お試しください。PayPayには何も送信していません。");

            time.advance(Duration.ofSeconds(18));
            m.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(operations.calls).containsExactly("refund T1-P-1 500");
        }

        @Test
        @DisplayName("no PIN set (production): refused until one is set in Settings")
        void notSet() {
            HistoryViewModel m = model(ManagerPinGuard.inMemory(Optional.empty(), false));
            m.select("T1-P-1");
            prompt.answer("0000");
            m.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(operations.calls).isEmpty();
            assertThat(m.actions().statusProperty().get().text()).contains("Set one in Settings first");
        }

        @Test
        @DisplayName("no PIN set in training mode: the practice PIN 0000 works, others do not")
        void trainingPin() {
            HistoryViewModel m = model(ManagerPinGuard.inMemory(Optional.empty(), true));
            m.select("T1-P-1");
            prompt.answer("1111");
            m.actions().act(PaymentActionsModel.Action.CANCEL);
            assertThat(operations.calls).isEmpty();
            prompt.answer("0000");
            m.actions().act(PaymentActionsModel.Action.CANCEL);
            assertThat(operations.calls).containsExactly("cancel T1-P-1");
        }

        @Test
        @DisplayName("the manager cancels the PIN prompt: nothing happens")
        void promptCancelled() {
            prompt.answer(null);
            model.actions().act(PaymentActionsModel.Action.CANCEL);
            assertThat(operations.calls).isEmpty();
            assertThat(model.actions().statusProperty().get().text()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"0", "1201", "abc", "''"})
        @DisplayName("an amount outside ¥1..remaining is refused before the PIN is even asked")
        void badAmount(String amount) {
            prompt.answer("2580");
            model.actions().refundAmountProperty().set(amount);
            model.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(prompt.titles).isEmpty();
            assertThat(operations.calls).isEmpty();
            assertThat(model.actions().statusProperty().get().text()).isEqualTo("Enter an amount between ¥1 and ¥1,200.");
        }

        @Test
        @DisplayName("pending and refused answers read as such, never as done")
        void pendingAndRefused() {
            prompt.answer("2580");
            operations.answer = new ActionResult.Pending("R-1", "accepted");
            model.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(model.actions().statusProperty().get().text()).startsWith("Sent to PayPay and waiting");
            assertThat(model.actions().statusProperty().get().tone()).isEqualTo(Tone.WARNING);
            operations.answer = new ActionResult.Refused("PayPay allows only one refund per payment");
            model.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(model.actions().statusProperty().get().text())
                    .isEqualTo("Not done: PayPay allows only one refund per payment");
        }

        @Test
        @DisplayName("an action the rules do not allow now is not offered")
        void notAllowed() {
            history.detail(coffee, new ActionOptions(false, false, false, false, Optional.empty(), 0, 0,
                    "PayPay allows only one refund per payment; this one already has a refund"), List.of());
            history.changed("T1-P-1");
            assertThat(model.actions().canRefundProperty().get()).isFalse();
            prompt.answer("2580");
            model.actions().act(PaymentActionsModel.Action.REFUND);
            assertThat(prompt.titles).isEmpty();
            assertThat(model.actions().noteProperty().get()).contains("only one refund");
        }
    }

    @Test
    @DisplayName("Needs attention: lists items, Resolve now runs the reconciler and says what happened")
    void attention() {
        history.attention.add(new PaymentSummary("T1-P-9", 800, "", PaymentState.UNKNOWN, NOW.minusSeconds(60)));
        model.refresh();
        assertThat(model.attention().countProperty().get()).isEqualTo(1);
        assertThat(model.attention().rows().get(0).stateText()).isEqualTo("Unknown, being checked");
        history.reconcile = new ReconcileSummary(1, 1, 0, List.of());
        history.attention.clear();
        model.attention().resolveNow();
        assertThat(history.reconcileRuns).isEqualTo(1);
        assertThat(model.attention().resolveMessageProperty().get()).isEqualTo("Checked 1, resolved 1. Nothing is left open.");
        assertThat(model.attention().countProperty().get()).isZero();
    }
}
