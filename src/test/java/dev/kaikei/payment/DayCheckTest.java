package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.RefundRequest;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reconcile means reconcile: besides the open rows, the reconciler re-reads PayPay's view of the business day's paid
 * and refunded payments, brings in what PayPay did without this terminal, and flags what the journal claims but
 * PayPay does not show.
 */
@DisplayName("reconcile checks the day's settled payments against PayPay")
class DayCheckTest extends EngineFixture {

    @Test
    @DisplayName("a refund made outside Kaikei (the merchant panel) is brought into the journal")
    void refundedOutside() {
        String id = paid(1500);
        String paypayId = row(id).paypayPaymentId();
        assertThat(client.refund(RefundRequest.of("PANEL-REFUND-1", paypayId, MoneyAmount.yen(1500), "panel"))
                .isSuccess()).isTrue();
        clock.advance(Duration.ofSeconds(5)); // PayPay finishes it

        ReconcileSummary summary = engine.reconcileNow();

        assertThat(row(id).state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(row(id).refundedTotal()).isEqualTo(1500);
        assertThat(row(id).attention()).contains("outside Kaikei");
        assertThat(summary.corrected()).anySatisfy(n -> assertThat(n).contains(id).contains("refund"));
        assertThat(summary.isClean()).as("brought in line: nothing left for a person").isTrue();
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a payment cancelled outside Kaikei is recorded CANCELED")
    void cancelledOutside() {
        String id = paid(800);
        assertThat(client.cancelPayment(id).isSuccess()).isTrue();
        engine.reconcileNow();
        assertThat(row(id).state()).isEqualTo(PaymentState.CANCELED);
        assertThat(row(id).attention()).contains("outside Kaikei");
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a refund the journal records but PayPay does not show is flagged for a person, never 'fixed'")
    void journalClaimsMoreThanPayPay() {
        String id = paid(900);
        // The journal drifted (a bug, a hand edit, a restore): it says refunded; PayPay never refunded.
        OperationRecord op = journal.insertOperation(NewOperation.refund(id, "GHOST-REFUND-1", 900, null));
        journal.updateOperation(op.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                .withPayment(PaymentChange.to(PaymentState.REFUNDED)));

        ReconcileSummary summary = engine.reconcileNow();

        assertThat(row(id).state()).as("left as it is").isEqualTo(PaymentState.REFUNDED);
        assertThat(row(id).attention()).contains("GHOST-REFUND-1").contains("PayPay");
        assertThat(summary.isClean()).isFalse();
        assertThat(summary.notes()).anySatisfy(n -> assertThat(n).contains(id));
        assertThat(journal.operationsFor(id)).filteredOn(o -> o.kind() == OperationKind.REFUND).hasSize(1);
    }

    @Test
    @DisplayName("payments that agree with PayPay are left alone and cost one lookup each")
    void agreeingPaymentsUntouched() {
        String a = paid(500);
        String b = paid(600);
        assertThat(engine.refund(b, 600, null)).isNotInstanceOf(ActionResult.Refused.class);
        reconcileUntilSettled(() -> clock.advance(Duration.ofSeconds(1)));
        ReconcileSummary summary = engine.reconcileNow();
        assertThat(summary.isClean()).isTrue();
        assertThat(row(a).attention()).isNull();
        assertThat(row(b).attention()).isNull();
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a payment the journal says paid but PayPay has never heard of is flagged, never 'fixed'")
    void paidButUnknownToPayPay() {
        // The journal drifted (a restore of another terminal's file, a hand edit): PayPay holds no such payment.
        journal.insertPayment(new NewPayment("T1-P-GHOST-1", PaymentKind.QR, 700, "Coffee", "S1", "T1", null, null));
        journal.transition("T1-P-GHOST-1", journal.findPayment("T1-P-GHOST-1").orElseThrow().state(),
                PaymentChange.to(PaymentState.COMPLETED).withPaypayStatus("COMPLETED"));

        ReconcileSummary summary = engine.reconcileNow();

        assertThat(row("T1-P-GHOST-1").state()).as("left as it is").isEqualTo(PaymentState.COMPLETED);
        assertThat(row("T1-P-GHOST-1").attention()).contains("Differs from PayPay").contains("no such payment");
        assertThat(summary.isClean()).isFalse();
        assertThat(summary.notes()).anySatisfy(n -> assertThat(n).contains("T1-P-GHOST-1"));
    }

    @Test
    @DisplayName("a payment PayPay shows for another amount is flagged with both amounts")
    void amountDiffers() throws Exception {
        String id = paid(1000);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             var st = c.prepareStatement("UPDATE payments SET amount = 1200 WHERE merchant_payment_id = ?")) {
            st.setString(1, id);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }

        ReconcileSummary summary = engine.reconcileNow();

        assertThat(row(id).amount()).as("left as it is").isEqualTo(1200);
        assertThat(row(id).attention()).contains("Differs from PayPay").contains("1,200").contains("1,000");
        assertThat(summary.isClean()).isFalse();
    }

    @Test
    @DisplayName("a payment the journal says captured while PayPay still shows it only authorized is flagged")
    void statusDiffers() {
        String id = authorized(1000);
        journal.transition(id, PaymentState.AUTHORIZED, PaymentChange.to(PaymentState.COMPLETED));

        ReconcileSummary summary = engine.reconcileNow();

        assertThat(row(id).state()).as("left as it is").isEqualTo(PaymentState.COMPLETED);
        assertThat(row(id).attention()).contains("Differs from PayPay").contains("AUTHORIZED");
        assertThat(summary.isClean()).isFalse();
    }

    @Test
    @DisplayName("at start-up the last trading day is re-read too: a refund made after closing is brought in")
    void startUpChecksTheLastTradingDay() {
        String id = paid(1500);
        engine.close();
        // After closing time PayPay's merchant panel refunds it; the terminal is next started the following morning.
        assertThat(client.refund(RefundRequest.of("PANEL-REFUND-2", row(id).paypayPaymentId(),
                MoneyAmount.yen(1500), "panel")).isSuccess()).isTrue();
        clock.advance(Duration.ofDays(1));

        engine = engineReconcilingEvery(Duration.ofMillis(50));
        engine.startReconciler();

        waiting().untilAsserted(() -> assertThat(row(id).state()).isEqualTo(PaymentState.REFUNDED));
        assertThat(row(id).attention()).contains("outside Kaikei");
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a day is re-read once more when it ends while the terminal runs")
    void endOfDayCheck() {
        String id = paid(1500);
        engine.close();
        long lookups = lookups(id);
        engine = engineReconcilingEvery(Duration.ofMillis(50));
        engine.startReconciler();
        waiting().until(() -> lookups(id) > lookups); // the start-up pass has looked at it: nothing to do
        // During the day PayPay's merchant panel refunds part of it; the terminal runs on past midnight.
        assertThat(client.refund(RefundRequest.of("PANEL-REFUND-3", row(id).paypayPaymentId(), MoneyAmount.yen(500),
                "panel")).isSuccess()).isTrue();
        clock.advance(Duration.ofDays(1));

        waiting().untilAsserted(() -> assertThat(row(id).state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED));
        assertThat(row(id).refundedTotal()).isEqualTo(500);
        assertJournalAgreesWithLedger();
    }

    /** How often the journal's call log shows the payment looked up. */
    private long lookups(String id) {
        return journal.eventsFor(id).stream().filter(e -> e.operation().contains("DETAILS")).count();
    }

    private PaymentEngine engineReconcilingEvery(Duration every) {
        EngineSettings s = settings().withTimings(Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(200),
                Duration.ofMillis(30), Duration.ofMillis(200), 4, every);
        return new PaymentEngine(client, journal, new MerchantIds("T1", clock), s, clock,
                EngineExecutors.shared(executor));
    }
}
