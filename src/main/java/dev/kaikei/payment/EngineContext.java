package dev.kaikei.payment;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.OperationRecord;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/** What the engine's parts share: settings, clock, journal, recorded PayPay calls, threads and who owns which row. */
record EngineContext(EngineSettings settings, Clock clock, Journal journal, PayPayCalls calls,
                     PaymentResolver resolver, MerchantIds ids, ScheduledExecutorService executor, Claims claims,
                     Hooks hooks) {

    /** Callbacks into the engine's registry of checkouts and follow-ups. */
    interface Hooks {
        void finished(QrCheckout checkout);

        void handOver(QrCheckout checkout);

        void followUp(OperationRecord operation);
    }

    void finished(QrCheckout checkout) {
        hooks.finished(checkout);
    }

    void handOver(QrCheckout checkout) {
        hooks.handOver(checkout);
    }

    void followUp(OperationRecord operation) {
        hooks.followUp(operation);
    }
}
