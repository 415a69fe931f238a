package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.simulator.Ledger;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorClock;
import dev.kaikei.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real engine against the embedded simulator over loopback HTTP and a real SQLite journal, all sharing the
 * simulator's movable clock; short poll intervals and timeouts keep tests fast.
 */
abstract class EngineFixture {

    /** Client read timeout: short for speed, long enough for a loaded 2-core CI machine. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** A "no response" fault holds the connection past the timeout. */
    static final Duration HOLD = TIMEOUT.plusMillis(100);

    @TempDir
    Path dir;

    PayPaySimulator sim;
    SimulatorClock clock;
    Journal journal;
    PayPayClient client;
    ScheduledExecutorService executor;
    PaymentEngine engine;

    @BeforeEach
    void startEngine() {
        sim = new PayPaySimulator(simulatorOptions().build()).start();
        clock = sim.clock();
        journal = Journal.open(dir.resolve("journal.db"), JournalOptions.defaults().withClock(clock));
        client = new PayPayClient(OpaClientConfig.builder(Credentials.of(sim.apiKey(), sim.apiSecret(),
                        sim.merchantId()))
                .baseUrl(sim.baseUri().toString())
                .timeouts(Timeouts.all(TIMEOUT))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10)))
                .clock(clock)
                .build());
        executor = Executors.newScheduledThreadPool(6);
        engine = newEngine();
    }

    /** The simulator's setup (a subclass adds merchant options). */
    SimulatorOptions.Builder simulatorOptions() {
        return SimulatorOptions.builder().clock(SimulatorClock.system()).seed(7);
    }

    PaymentEngine newEngine() {
        PaymentEngine e = new PaymentEngine(client, journal, new MerchantIds("T1", clock), settings(), clock,
                EngineExecutors.shared(executor));
        // As the composition root does in training mode: the simulator's own account-link return page.
        e.customers().useRedirectUrl(sim.linkReturnPage().toString(), true);
        return e;
    }

    static EngineSettings settings() {
        return EngineSettings.defaults("T1", "S1", "Test Store").withTimings(Duration.ofMillis(50),
                Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofMillis(30), Duration.ofMillis(200), 4,
                Duration.ofMinutes(5));
    }

    @AfterEach
    void stopEngine() {
        engine.close();
        executor.shutdownNow();
        client.close();
        sim.close();
        journal.close();
    }

    static ConditionFactory waiting() {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20));
    }

    /**
     * A checkout showing its QR. On a loaded machine a create can time out, which the engine rightly settles as
     * "nothing charged": then the cashier simply starts again, as here (at most three times).
     */
    Checkout awaiting(long yen, boolean preAuthorize) {
        for (int attempt = 1; ; attempt++) {
            Checkout c = engine.start(new ChargeRequest(yen, "Coffee", preAuthorize));
            waiting().until(() -> c.status().phase() != CheckoutPhase.CREATING
                    && c.status().phase() != CheckoutPhase.RESOLVING);
            if (c.status().phase() == CheckoutPhase.AWAITING_PAYMENT || attempt == 3) {
                assertThat(c.status().phase()).isEqualTo(CheckoutPhase.AWAITING_PAYMENT);
                return c;
            }
        }
    }

    static void awaitPhase(Checkout c, CheckoutPhase phase) {
        waiting().untilAsserted(() -> assertThat(c.status().phase()).isEqualTo(phase));
    }

    static CheckoutStatus awaitFinished(Checkout c) {
        waiting().until(() -> c.status().phase().isFinished());
        return c.status();
    }

    PaymentRecord row(String merchantPaymentId) {
        return journal.findPayment(merchantPaymentId).orElseThrow();
    }

    String codeId(Checkout c) {
        return row(c.merchantPaymentId()).codeId();
    }

    /** A paid checkout: the customer pays, the poller sees it. */
    String paid(long yen) {
        Checkout c = awaiting(yen, false);
        sim.payCode(codeId(c));
        awaitPhase(c, CheckoutPhase.PAID);
        return c.merchantPaymentId();
    }

    String authorized(long yen) {
        Checkout c = awaiting(yen, true);
        sim.payCode(codeId(c));
        awaitPhase(c, CheckoutPhase.AUTHORIZED);
        return c.merchantPaymentId();
    }

    /** Runs the reconciler until nothing is open (authorizations waiting for capture are not open). */
    void reconcileUntilSettled() {
        reconcileUntilSettled(() -> { });
    }

    /** As {@link #reconcileUntilSettled()}, doing {@code eachRound} (e.g. moving the clock) before every pass. */
    void reconcileUntilSettled(Runnable eachRound) {
        waiting().until(() -> {
            eachRound.run();
            return engine.reconcileNow().isClean() && settled();
        });
    }

    private boolean settled() {
        return journal.nonFinalOperations().isEmpty() && journal.nonFinalOperations().isEmpty()
                && journal.nonFinalPayments().stream().allMatch(p -> p.state() == PaymentState.AUTHORIZED
                && engine.checkout(p.merchantPaymentId()).isEmpty());
    }

    List<PaymentRecord> allPayments() {
        return journal.search(PaymentSearch.all().page(1000, 0));
    }

    /** The heart of every fault test: the journal and PayPay's books agree, yen for yen. */
    void assertJournalAgreesWithLedger() {
        Ledger ledger = sim.ledger();
        Map<String, PaymentRecord> journaled = allPayments().stream()
                .collect(Collectors.toMap(PaymentRecord::merchantPaymentId, Function.identity()));
        for (Ledger.Payment lp : ledger.payments()) {
            PaymentRecord jp = journaled.get(lp.merchantPaymentId());
            assertThat(jp).as("PayPay holds %s but the journal does not", lp.merchantPaymentId()).isNotNull();
            boolean charged = lp.acceptedAt() != null;
            assertThat(jp.state()).as("state of %s (PayPay %s, charged %s)", lp.merchantPaymentId(), lp.status(),
                    charged).isIn(expectedStates(lp));
            if (charged && !"FAILED".equals(lp.status()) && !"CANCELED".equals(lp.status())) {
                assertThat(jp.paypayPaymentId()).isEqualTo(lp.paymentId());
                assertThat(jp.saleAmount()).as("sale of %s", lp.merchantPaymentId())
                        .isEqualTo(jp.kind().isPreAuth() && "AUTHORIZED".equals(lp.status()) ? 0 : lp.paidAmount());
                assertThat(jp.refundedTotal()).isEqualTo(lp.refundedAmount());
            }
        }
        Set<String> atPayPay = ledger.payments().stream().filter(p -> p.acceptedAt() != null)
                .map(Ledger.Payment::merchantPaymentId).collect(Collectors.toSet());
        for (PaymentRecord jp : journaled.values()) {
            if (jp.state().wasPaid() || jp.state() == PaymentState.AUTHORIZED) {
                assertThat(atPayPay).as("journal says %s was paid", jp.merchantPaymentId())
                        .contains(jp.merchantPaymentId());
            }
        }
        List<OperationRecord> ops = journaled.keySet().stream().flatMap(id -> journal.operationsFor(id).stream())
                .toList();
        assertOperations(ops, OperationKind.REFUND, ledger.refunds().stream()
                .collect(Collectors.toMap(Ledger.Refund::merchantRefundId, Ledger.Refund::amount)));
        assertOperations(ops, OperationKind.CAPTURE, ledger.captures().stream()
                .collect(Collectors.toMap(Ledger.Capture::merchantCaptureId, Ledger.Capture::amount)));
        assertOperations(ops, OperationKind.REVERT, ledger.reverts().stream()
                .collect(Collectors.toMap(Ledger.Revert::merchantRevertId, r -> 0L)));
        assertThat(journal.nonFinalOperations()).as("open operations").isEmpty();
        assertThat(journal.nonFinalPayments()).as("open payments")
                .allMatch(p -> p.state() == PaymentState.AUTHORIZED);
    }

    private static void assertOperations(List<OperationRecord> ops, OperationKind kind, Map<String, Long> atPayPay) {
        Map<String, Long> succeeded = ops.stream()
                .filter(o -> o.kind() == kind && o.state() == OperationState.SUCCEEDED)
                .collect(Collectors.toMap(OperationRecord::merchantOperationId, OperationRecord::amount));
        assertThat(succeeded).as("%s operations vs PayPay", kind).isEqualTo(atPayPay);
    }

    private static Set<PaymentState> expectedStates(Ledger.Payment lp) {
        boolean charged = lp.acceptedAt() != null;
        return switch (lp.status()) {
            case "COMPLETED" -> lp.refundedAmount() > 0 ? Set.of(PaymentState.PARTIALLY_REFUNDED)
                    : Set.of(PaymentState.COMPLETED);
            case "REFUNDED" -> Set.of(PaymentState.REFUNDED);
            case "AUTHORIZED" -> Set.of(PaymentState.AUTHORIZED);
            case "CANCELED" -> Set.of(PaymentState.REVERTED);
            case "FAILED" -> charged ? Set.of(PaymentState.CANCELED)
                    : Set.of(PaymentState.FAILED, PaymentState.EXPIRED, PaymentState.ABANDONED);
            case "CREATED" -> Set.of(PaymentState.FAILED, PaymentState.EXPIRED, PaymentState.ABANDONED);
            case "EXPIRED" -> Set.of(PaymentState.EXPIRED);
            default -> Set.of();
        };
    }
}
