package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint the engine calls × every fault the simulator injects: whatever happens to one answer, once the engine
 * and the reconciler are done the journal agrees with PayPay's books and nothing is left open.
 */
@DisplayName("fault matrix: journal and PayPay agree after every fault")
class FaultMatrixTest extends EngineFixture {

    static final Set<Operation> ENDPOINTS = EnumSet.of(Operation.CREATE_QR, Operation.GET_QR_PAYMENT,
            Operation.DELETE_QR, Operation.CANCEL_PAYMENT, Operation.REFUND, Operation.GET_REFUND, Operation.CAPTURE,
            Operation.REVERT);
    static final Set<FaultKind> FAULTS = EnumSet.complementOf(EnumSet.of(FaultKind.LATENCY));

    static Stream<Arguments> matrix() {
        return ENDPOINTS.stream().flatMap(op -> FAULTS.stream().map(kind -> Arguments.of(op, kind)));
    }

    private void inject(Operation op, FaultKind kind) {
        // Two 429s outlast the client's own retry, so the engine sees RATE_LIMIT; one of anything else is enough.
        FaultRule rule = FaultRule.next(kind == FaultKind.RATE_LIMIT ? 2 : 1, op, kind);
        sim.faults().add(kind == FaultKind.NO_RESPONSE ? rule.hold(HOLD) : rule);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("matrix")
    void settlesAndAgrees(Operation endpoint, FaultKind kind) {
        switch (endpoint) {
            case CREATE_QR -> {
                inject(endpoint, kind);
                Checkout c = engine.start(new ChargeRequest(1000, "Fault test", false));
                CheckoutStatus end = awaitFinished(c);
                // The code was never shown: the sale is off and the customer cannot have been charged.
                assertThat(end.phase()).isEqualTo(CheckoutPhase.FAILED);
                assertThat(end.detail()).contains("nothing was charged");
            }
            case GET_QR_PAYMENT -> {
                Checkout c = awaiting(1000, false);
                inject(endpoint, kind);
                sim.payCode(codeId(c));
                assertThat(awaitFinished(c).phase()).isEqualTo(CheckoutPhase.PAID);
            }
            case DELETE_QR -> {
                Checkout c = awaiting(1000, false);
                inject(endpoint, kind);
                c.abandon();
                assertThat(awaitFinished(c).phase()).isEqualTo(CheckoutPhase.ABANDONED);
            }
            case CANCEL_PAYMENT -> {
                String id = paid(1000);
                inject(endpoint, kind);
                engine.cancel(id);
                reconcileUntilSettled();
                assertThat(row(id).state()).isEqualTo(kind.isTransientRefusal() ? PaymentState.COMPLETED
                        : PaymentState.CANCELED);
            }
            case REFUND, GET_REFUND -> {
                String id = paid(1000);
                inject(endpoint, kind);
                engine.refund(id, 400, "fault test");
                // PayPay finishes refunds asynchronously (the simulator after 2 of its seconds): let time pass.
                reconcileUntilSettled(() -> clock.advance(Duration.ofSeconds(1)));
                assertThat(row(id).state()).isEqualTo(kind.isTransientRefusal() && endpoint == Operation.REFUND
                        ? PaymentState.COMPLETED : PaymentState.PARTIALLY_REFUNDED);
            }
            case CAPTURE -> {
                String id = authorized(1000);
                inject(endpoint, kind);
                engine.capture(id, 900);
                reconcileUntilSettled();
                assertThat(row(id).state()).isEqualTo(kind.isTransientRefusal() ? PaymentState.AUTHORIZED
                        : PaymentState.COMPLETED);
            }
            case REVERT -> {
                String id = authorized(1000);
                inject(endpoint, kind);
                engine.revert(id, "fault test");
                reconcileUntilSettled();
                assertThat(row(id).state()).isEqualTo(kind.isTransientRefusal() ? PaymentState.AUTHORIZED
                        : PaymentState.REVERTED);
            }
            default -> throw new IllegalArgumentException("not in the matrix: " + endpoint);
        }
        reconcileUntilSettled();
        assertJournalAgreesWithLedger();
    }
}
