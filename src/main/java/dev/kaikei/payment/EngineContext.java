package dev.kaikei.payment;

import dev.kaikei.journal.DuplicateIdException;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.NewSale;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.PaymentRecord;
import java.time.Clock;
import java.util.function.Function;

/** What the engine's parts share: settings, clock, journal, recorded PayPay calls, threads and who owns which row. */
record EngineContext(EngineSettings settings, Clock clock, Journal journal, PayPayCalls calls,
                     PaymentResolver resolver, MerchantIds ids, EngineExecutors executors, Claims claims,
                     Hooks hooks) {

    /** Callbacks into the engine's registry of checkouts and follow-ups. */
    interface Hooks {
        void finished(QrCheckout checkout);

        void handOver(QrCheckout checkout);

        void followUp(OperationRecord operation);
    }

    /**
     * Commits a new payment row (CREATING) under a fresh merchantPaymentId, claimed for the caller before the row
     * exists so the reconciler never mistakes it for a crashed request. The caller releases the claim when done.
     */
    PaymentRecord insertClaimed(Function<String, NewPayment> build) {
        return insertClaimed(build, null);
    }

    /** Like {@link #insertClaimed(Function)}, journaling the sale the payment pays in the same transaction. */
    PaymentRecord insertClaimed(Function<String, NewPayment> build, NewSale sale) {
        for (int attempt = 1; ; attempt++) {
            String id = ids.next(MerchantIds.Kind.PAYMENT);
            String key = Claims.payment(id);
            if (!claims.tryClaim(key)) {
                continue;
            }
            try {
                return sale == null ? journal.insertPayment(build.apply(id))
                        : journal.insertPayment(build.apply(id), sale);
            } catch (DuplicateIdException e) {
                claims.release(key);
                if (attempt >= 3) {
                    throw e;
                }
            } catch (RuntimeException e) {
                claims.release(key);
                throw e;
            }
        }
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
