package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.time.Duration;
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
        sim.faults().add(FaultRule.withProbability(1, Operation.ANY, FaultKind.NO_RESPONSE).hold(HOLD)
                .matching(stuck));

        ReconcileSummary first = CompletableFuture.supplyAsync(engine::reconcileNow).get(5, TimeUnit.SECONDS);
        assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains(stuck).contains("still being checked"));
        // The stuck row still runs (it keeps its claim); later passes go past it and settle the others.
        waiting().until(() -> {
            engine.reconcileNow();
            return row(fine).state() == PaymentState.FAILED;
        });
        assertThat(row(stuck).state().isFinal()).as("every call about it still hangs").isFalse();

        sim.faults().clear();
        reconcileUntilSettled();
        assertJournalAgreesWithLedger();
    }
}
