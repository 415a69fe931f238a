package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.CallOutcome;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.Ledger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("QR checkout and payment actions, end to end against the simulator")
class CheckoutFlowTest extends EngineFixture {

    @Nested
    @DisplayName("a checkout")
    class Flows {

        @Test
        @DisplayName("journals CREATING before the code, shows the QR, and ends PAID when the customer pays")
        void paid() {
            List<CheckoutStatus> seen = new CopyOnWriteArrayList<>();
            Checkout c = engine.start(new ChargeRequest(1200, "Latte", false));
            assertThat(row(c.merchantPaymentId()).state()).isIn(PaymentState.CREATING, PaymentState.AWAITING_PAYMENT);
            c.subscribe(seen::add);
            awaitPhase(c, CheckoutPhase.AWAITING_PAYMENT);
            assertThat(c.status().qrUrl()).isPresent();
            assertThat(c.status().expiresAt()).contains(row(c.merchantPaymentId()).expiresAt());
            sim.payCode(codeId(c));
            awaitPhase(c, CheckoutPhase.PAID);

            PaymentRecord p = row(c.merchantPaymentId());
            assertThat(p.state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(p.paypayPaymentId()).isEqualTo(sim.ledger().payment(p.merchantPaymentId()).orElseThrow()
                    .paymentId());
            assertThat(p.acceptedAt()).isNotNull();
            assertThat(p.lastRequestId()).isNotBlank();
            waiting().until(() -> seen.stream().anyMatch(s -> s.phase() == CheckoutPhase.PAID));
            assertThat(seen.stream().map(CheckoutStatus::phase).distinct().toList())
                    .containsSubsequence(CheckoutPhase.AWAITING_PAYMENT, CheckoutPhase.PAID);
            List<CallEvent> events = journal.eventsFor(p.merchantPaymentId());
            assertThat(events).extracting(CallEvent::operation).startsWith("CREATE_QR_CODE")
                    .contains("GET_QR_PAYMENT_DETAILS");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.outcome()).isEqualTo(CallOutcome.SUCCESS);
                assertThat(e.requestId()).isNotBlank();
            });
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("ends DECLINED when the customer declines")
        void declined() {
            Checkout c = awaiting(500, false);
            sim.declineCode(codeId(c));
            awaitPhase(c, CheckoutPhase.DECLINED);
            assertThat(row(c.merchantPaymentId()).state()).isEqualTo(PaymentState.FAILED);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("deletes the code and ends EXPIRED when the server's expiry passes")
        void expired() {
            Checkout c = awaiting(700, false);
            clock.advance(Duration.ofSeconds(301));
            awaitPhase(c, CheckoutPhase.EXPIRED);
            assertThat(row(c.merchantPaymentId()).state()).isEqualTo(PaymentState.EXPIRED);
            assertThat(journal.eventsFor(c.merchantPaymentId())).extracting(CallEvent::operation)
                    .contains("DELETE_QR_CODE");
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("abandoned by the cashier: deletes the code and ends ABANDONED")
        void abandoned() {
            Checkout c = awaiting(800, false);
            c.abandon();
            awaitPhase(c, CheckoutPhase.ABANDONED);
            assertThat(row(c.merchantPaymentId()).state()).isEqualTo(PaymentState.ABANDONED);
            assertThat(sim.ledger().payment(c.merchantPaymentId()).orElseThrow().status()).isEqualTo("CREATED");
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("abandoned after the customer paid but before the next poll: ends PAID, never ABANDONED")
        void abandonedButPaid() {
            EngineSettings slow = settings().withTimings(Duration.ofSeconds(30), Duration.ZERO,
                    Duration.ofSeconds(30), Duration.ofMillis(30), Duration.ofMillis(200), 4, Duration.ofMinutes(5));
            engine = new PaymentEngine(client, journal, new MerchantIds("T2", clock), slow, clock,
                    EngineExecutors.shared(executor));
            Checkout c = engine.start(new ChargeRequest(900, "", false));
            awaitPhase(c, CheckoutPhase.AWAITING_PAYMENT);
            sim.payCode(codeId(c));
            c.abandon();
            awaitPhase(c, CheckoutPhase.PAID);
            assertThat(journal.eventsFor(c.merchantPaymentId())).filteredOn(e -> e.operation().equals("DELETE_QR_CODE"))
                    .singleElement().extracting(CallEvent::resultCode).isEqualTo("DYNAMIC_QR_ALREADY_PAID");
            assertThat(row(c.merchantPaymentId()).state()).isEqualTo(PaymentState.COMPLETED);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("several checkouts run at once, independently")
        void concurrent() {
            List<Checkout> checkouts = List.of(awaiting(100, false), awaiting(200, false), awaiting(300, false));
            sim.payCode(codeId(checkouts.get(0)));
            checkouts.get(1).abandon();
            sim.declineCode(codeId(checkouts.get(2)));
            awaitPhase(checkouts.get(0), CheckoutPhase.PAID);
            awaitPhase(checkouts.get(1), CheckoutPhase.ABANDONED);
            awaitPhase(checkouts.get(2), CheckoutPhase.DECLINED);
            assertThat(checkouts).extracting(Checkout::merchantPaymentId).doesNotHaveDuplicates();
            assertJournalAgreesWithLedger();
        }
    }

    @Nested
    @DisplayName("pre-auth")
    class PreAuth {

        @Test
        @DisplayName("authorize, then capture less than authorized")
        void capture() {
            String id = authorized(5000);
            assertThat(engine.actionsFor(id)).extracting(ActionOptions::capture, ActionOptions::revert,
                    ActionOptions::refund).containsExactly(true, true, false);
            ActionResult r = engine.capture(id, 4200);
            assertThat(r).isInstanceOf(ActionResult.Done.class);
            PaymentRecord p = row(id);
            assertThat(p.state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(p.capturedAmount()).isEqualTo(4200);
            assertThat(p.saleAmount()).isEqualTo(4200);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("authorize, then revert")
        void revert() {
            String id = authorized(3000);
            assertThat(engine.revert(id, "customer left")).isInstanceOf(ActionResult.Done.class);
            assertThat(row(id).state()).isEqualTo(PaymentState.REVERTED);
            assertThat(sim.ledger().reverts()).hasSize(1);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("capture above the authorized amount is refused before any request")
        void captureTooMuch() {
            String id = authorized(3000);
            int calls = journal.eventsFor(id).size();
            assertThat(engine.capture(id, 3001)).isInstanceOf(ActionResult.Refused.class);
            assertThat(journal.eventsFor(id)).hasSize(calls);
            assertThat(journal.operationsFor(id)).isEmpty();
        }
    }

    @Nested
    @DisplayName("refunds and cancels")
    class RefundsAndCancels {

        @Test
        @DisplayName("a full refund is followed from CREATED to REFUNDED")
        void fullRefund() {
            String id = paid(1500);
            ActionResult r = engine.refund(id, 1500, "wrong order");
            assertThat(r).isInstanceOf(ActionResult.Pending.class);
            clock.advance(Duration.ofSeconds(3));
            waiting().until(() -> row(id).state() == PaymentState.REFUNDED);
            assertThat(journal.operationsFor(id)).singleElement().satisfies(o -> {
                assertThat(o.kind()).isEqualTo(OperationKind.REFUND);
                assertThat(o.state()).isEqualTo(OperationState.SUCCEEDED);
            });
            assertThat(row(id).refundedTotal()).isEqualTo(1500);
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("a partial refund, then a second refund is refused without a request")
        void partialThenSecond() {
            String id = paid(2000);
            engine.refund(id, 500, null);
            clock.advance(Duration.ofSeconds(3));
            waiting().until(() -> row(id).state() == PaymentState.PARTIALLY_REFUNDED);
            int calls = journal.eventsFor(id).size();
            ActionResult second = engine.refund(id, 100, null);
            assertThat(second).isInstanceOf(ActionResult.Refused.class);
            assertThat(second.message()).contains("one refund");
            assertThat(journal.eventsFor(id)).hasSize(calls);
            assertThat(sim.ledger().refunds()).hasSize(1);
            assertJournalAgreesWithLedger();
        }

        @ParameterizedTest(name = "refund of ¥{0} on a ¥1000 payment is refused")
        @ValueSource(longs = {0, -5, 1001})
        @DisplayName("refund amounts outside 1..paid are refused without a request")
        void refundAmount(long amount) {
            String id = paid(1000);
            int calls = journal.eventsFor(id).size();
            assertThat(engine.refund(id, amount, null)).isInstanceOf(ActionResult.Refused.class);
            assertThat(journal.eventsFor(id)).hasSize(calls);
            assertThat(journal.operationsFor(id)).isEmpty();
        }

        @Test
        @DisplayName("capture of a COMPLETED payment is refused without a request")
        void captureCompleted() {
            String id = paid(1000);
            int calls = journal.eventsFor(id).size();
            assertThat(engine.capture(id, 100)).isInstanceOf(ActionResult.Refused.class);
            assertThat(engine.revert(id, null)).isInstanceOf(ActionResult.Refused.class);
            assertThat(journal.eventsFor(id)).hasSize(calls);
        }

        @Test
        @DisplayName("a cancel inside the window turns the payment CANCELED")
        void cancelInside() {
            String id = paid(1100);
            ActionOptions options = engine.actionsFor(id);
            assertThat(options.cancel()).isTrue();
            assertThat(options.refund()).isTrue();
            assertThat(options.cancelUntil()).isPresent();
            assertThat(engine.cancel(id)).isInstanceOf(ActionResult.Done.class);
            assertThat(row(id).state()).isEqualTo(PaymentState.CANCELED);
            assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("FAILED");
            assertJournalAgreesWithLedger();
        }

        @Test
        @DisplayName("a cancel after the window is refused before any request: use a refund")
        void cancelOutside() {
            String id = paid(1300);
            clock.advance(Duration.ofDays(2));
            assertThat(engine.actionsFor(id).cancel()).isFalse();
            assertThat(engine.actionsFor(id).refund()).isTrue();
            int calls = journal.eventsFor(id).size();
            ActionResult r = engine.cancel(id);
            assertThat(r).isInstanceOf(ActionResult.Refused.class);
            assertThat(r.message()).contains("use a refund");
            assertThat(journal.eventsFor(id)).hasSize(calls);
            assertThat(journal.operationsFor(id)).isEmpty();
            assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("COMPLETED");
        }

        @Test
        @DisplayName("a refund runs while a new checkout runs")
        void refundDuringCheckout() {
            String id = paid(1000);
            Checkout other = awaiting(2500, false);
            engine.refund(id, 1000, null);
            sim.payCode(codeId(other));
            clock.advance(Duration.ofSeconds(3));
            awaitPhase(other, CheckoutPhase.PAID);
            waiting().until(() -> row(id).state() == PaymentState.REFUNDED);
            assertJournalAgreesWithLedger();
        }
    }

    @Nested
    @DisplayName("bad input: a clear error, nothing journaled, nothing sent")
    class BadInput {

        @ParameterizedTest(name = "amount {0}")
        @ValueSource(longs = {0, -1, 100_000_000_000L})
        void amounts(long amount) {
            assertThatThrownBy(() -> engine.start(new ChargeRequest(amount, "", false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
            assertNothingHappened();
        }

        @Test
        void longDescription() {
            assertThatThrownBy(() -> engine.start(new ChargeRequest(100, "x".repeat(256), false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
            assertNothingHappened();
        }

        @Test
        void longIdsAndReasons() {
            assertThatThrownBy(() -> engine.refund("P".repeat(65), 100, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
            assertThatThrownBy(() -> engine.cancel("bad id!")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> engine.revert("P1", "r".repeat(256)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
            assertThat(engine.refund("P-unknown", 100, null)).isInstanceOf(ActionResult.Refused.class);
            assertNothingHappened();
        }

        @Test
        void badSettings() {
            assertThatThrownBy(() -> EngineSettings.defaults("T".repeat(17), null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> EngineSettings.defaults("T1", "s".repeat(256), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private void assertNothingHappened() {
            assertThat(allPayments()).isEmpty();
            assertThat(journal.recentEvents(10)).isEmpty();
            Ledger ledger = sim.ledger();
            assertThat(ledger.payments()).isEmpty();
        }
    }
}
