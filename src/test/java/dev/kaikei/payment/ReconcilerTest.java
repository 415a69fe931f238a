package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.QrCode;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the reconciler settles what a crash left open")
class ReconcilerTest extends EngineFixture {

    private final MerchantIds ids = new MerchantIds("T9", Clock.systemUTC());

    @Test
    @DisplayName("a row journaled but never sent: cancel the id first, then FAILED; a late create can no longer charge")
    void creatingNeverSent() {
        String id = ids.next(MerchantIds.Kind.PAYMENT);
        journal.insertPayment(NewPayment.qr(id, 1000, null, "S1", "T9"));

        ReconcileSummary summary = engine.reconcileNow();

        assertThat(summary.resolved()).isEqualTo(1);
        assertThat(row(id).state()).isEqualTo(PaymentState.FAILED);
        assertThat(journal.eventsFor(id)).extracting(CallEvent::operation)
                .containsExactly("GET_QR_PAYMENT_DETAILS", "CANCEL_PAYMENT", "GET_QR_PAYMENT_DETAILS");
        // Had the create been in flight, it lands now: the held cancel turns its payment FAILED (money back).
        QrCode late = client.createQrCode(CreateQrCodeRequest.builder(id, MoneyAmount.yen(1000)).build())
                .successData().orElseThrow();
        sim.payCode(late.codeId());
        assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("FAILED");
    }

    @Test
    @DisplayName("acts on each row as it is when claimed, not as it was listed: a row settled meanwhile is left alone")
    void rereadsAfterClaiming() throws Exception {
        String slow = paid(1000);
        String cancelled = paid(1200);
        // Both left open by a crash: a refund whose answer never came, then a cancel PayPay already applied.
        journal.insertOperation(NewOperation.refund(slow, ids.next(MerchantIds.Kind.REFUND), 1000, null));
        var cancel = journal.insertOperation(NewOperation.cancel(cancelled));
        assertThat(client.cancelPayment(cancelled).isSuccess()).isTrue();
        // The refund's lookup is slow, which holds the reconciler on the first row ...
        sim.faults().add(dev.kaikei.simulator.FaultRule.next(1, dev.kaikei.simulator.Operation.GET_REFUND,
                dev.kaikei.simulator.FaultKind.LATENCY).latency(Duration.ofMillis(600)));
        var pass = CompletableFuture.supplyAsync(engine::reconcileNow);
        waiting().until(() -> sim.faults().rules().isEmpty());
        // ... while another thread of this process settles the cancel (as an action's own follow-up would).
        journal.updateOperation(cancel.id(), OperationState.PENDING, dev.kaikei.journal.OperationChange
                .to(OperationState.SUCCEEDED).withPayment(dev.kaikei.journal.PaymentChange.to(PaymentState.CANCELED)
                        .withPaypayStatus("FAILED")));
        pass.get(10, TimeUnit.SECONDS);

        assertThat(journal.eventsFor(cancelled)).as("PayPay calls for the settled cancel")
                .extracting(CallEvent::operation).doesNotContain("CANCEL_PAYMENT");
        reconcileUntilSettled(() -> clock.advance(Duration.ofSeconds(1)));
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a code paid while the app was down is recorded PAID and flagged for attention")
    void paidWhileDown() {
        Checkout c = crashedWhileAwaiting(2400);
        sim.payCode(codeId(c));

        engine.startReconciler();

        waiting().until(() -> row(c.merchantPaymentId()).state() == PaymentState.COMPLETED);
        assertThat(row(c.merchantPaymentId()).attention()).isEqualTo(Reconciler.PAID_AFTER_CLOSE);
        assertThat(engine.history().needsAttention()).extracting(PaymentSummary::merchantPaymentId)
                .contains(c.merchantPaymentId());
        engine.history().acknowledge(c.merchantPaymentId());
        assertThat(engine.history().needsAttention()).isEmpty();
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("an unpaid code left open by a crash is deleted and ends EXPIRED once past its expiry")
    void expiredWhileDown() {
        Checkout c = crashedWhileAwaiting(600);
        clock.advance(Duration.ofMinutes(6));

        reconcileUntilSettled();

        assertThat(row(c.merchantPaymentId()).state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(journal.eventsFor(c.merchantPaymentId())).extracting(CallEvent::operation)
                .contains("DELETE_QR_CODE");
        assertJournalAgreesWithLedger();
    }

    /** A checkout showing its QR when the app "crashes": its engine's threads stop and nothing polls it any more. */
    private Checkout crashedWhileAwaiting(long yen) {
        ScheduledExecutorService crashed = Executors.newScheduledThreadPool(2);
        PaymentEngine before = new PaymentEngine(client, journal, ids, settings(), clock,
                EngineExecutors.shared(crashed));
        Checkout c = before.start(ChargeRequest.of(yen));
        awaitPhase(c, CheckoutPhase.AWAITING_PAYMENT);
        crashed.shutdownNow();
        return c;
    }

    @Test
    @DisplayName("a refund journaled but unanswered is re-sent with the same id and followed to REFUNDED")
    void pendingRefund() {
        String id = paid(3000);
        String refundId = ids.next(MerchantIds.Kind.REFUND);
        journal.insertOperation(NewOperation.refund(id, refundId, 1000, "crash"));

        reconcileUntilSettled(() -> clock.advance(Duration.ofSeconds(1)));

        assertThat(journal.findOperationByMerchantId(refundId).orElseThrow().state())
                .isEqualTo(OperationState.SUCCEEDED);
        assertThat(row(id).state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(sim.ledger().refunds()).singleElement().extracting(r -> r.merchantRefundId())
                .isEqualTo(refundId);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("rows owned by a live checkout are left alone")
    void skipsLiveCheckouts() {
        Checkout c = awaiting(1000, false);
        ReconcileSummary summary = engine.reconcileNow();
        assertThat(summary.checked()).isZero();
        assertThat(c.status().phase()).isEqualTo(CheckoutPhase.AWAITING_PAYMENT);
        assertThat(row(c.merchantPaymentId()).state()).isEqualTo(PaymentState.AWAITING_PAYMENT);
        sim.payCode(codeId(c));
        awaitPhase(c, CheckoutPhase.PAID);
        assertThat(row(c.merchantPaymentId()).attention()).isNull();
    }
}
