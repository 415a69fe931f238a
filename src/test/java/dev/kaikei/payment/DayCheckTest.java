package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.RefundRequest;
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
        assertThat(summary.notes()).anySatisfy(n -> assertThat(n).contains(id).contains("refund"));
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
}
