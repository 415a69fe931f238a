package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a reconciler pass gives each row a time budget")
class ReconcilerRowBudgetTest extends EngineFixture {

    @Override
    PaymentEngine newEngine() {
        return new PaymentEngine(client, journal, new MerchantIds("T1", clock),
                settings().withReconcileRowBudget(Duration.ofMillis(600)), clock, EngineExecutors.shared(executor));
    }

    @Test
    @DisplayName("a row PayPay does not answer is left to finish in the background; the next pass settles the rest")
    void slowRowDoesNotHoldThePass() throws Exception {
        MerchantIds ids = new MerchantIds("T8", clock);
        String stuck = ids.next(MerchantIds.Kind.PAYMENT);
        String fine = ids.next(MerchantIds.Kind.PAYMENT);
        journal.insertPayment(NewPayment.qr(stuck, 1000, null, "S1", "T8")); // left by a crash, oldest first
        journal.insertPayment(NewPayment.qr(fine, 2000, null, "S1", "T8"));

        passesGoPast(stuck, () -> row(fine).state() == PaymentState.FAILED);
        assertThat(row(stuck).state().isFinal()).as("every call about it still hangs").isFalse();

        sim.faults().clear();
        reconcileUntilSettled();
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("re-reading the day's settled payments keeps the budget too; a day left unfinished is finished later")
    void slowSettledPaymentDoesNotHoldTheDayCheck() throws Exception {
        String drifted = paid(2000);
        String stuck = paid(1000); // the day's newest payment: checked first
        // The panel refunds the second; every call about the first hangs.
        assertThat(client.refund(RefundRequest.of("PANEL-9", row(drifted).paypayPaymentId(),
                MoneyAmount.yen(2000), "panel")).isSuccess()).isTrue();
        clock.advance(Duration.ofSeconds(5));

        passesGoPast(stuck, () -> row(drifted).state() == PaymentState.REFUNDED); // the day is finished later
        sim.faults().clear();
        reconcileUntilSettled();
        assertJournalAgreesWithLedger();
    }

    /**
     * Every call about {@code stuck} hangs: a pass ends within its row budget naming it as still being checked, and
     * later passes go past it (it keeps its claim while it runs) until {@code done}.
     */
    private void passesGoPast(String stuck, Callable<Boolean> done) throws Exception {
        sim.faults().add(FaultRule.withProbability(1, Operation.ANY, FaultKind.NO_RESPONSE).hold(HOLD)
                .matching(stuck));
        ReconcileSummary first = CompletableFuture.supplyAsync(engine::reconcileNow).get(5, TimeUnit.SECONDS);
        assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains(stuck).contains("still being checked"));
        waiting().until(() -> {
            engine.reconcileNow();
            return done.call();
        });
    }
}
