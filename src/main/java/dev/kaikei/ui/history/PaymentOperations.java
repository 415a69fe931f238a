package dev.kaikei.ui.history;

import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentEngine;

/**
 * The money-moving actions History offers, each checked by the engine's rules before anything is sent. Blocking (the
 * first PayPay call happens on the caller's thread): call off the UI thread, and only after the manager PIN.
 */
public interface PaymentOperations {

    ActionResult cancel(String merchantPaymentId);

    ActionResult refund(String merchantPaymentId, long amountYen, String reason);

    ActionResult capture(String merchantPaymentId, long amountYen);

    ActionResult revert(String merchantPaymentId, String reason);

    /** The engine's actions. */
    static PaymentOperations of(PaymentEngine engine) {
        return new PaymentOperations() {
            @Override
            public ActionResult cancel(String merchantPaymentId) {
                return engine.cancel(merchantPaymentId);
            }

            @Override
            public ActionResult refund(String merchantPaymentId, long amountYen, String reason) {
                return engine.refund(merchantPaymentId, amountYen, reason);
            }

            @Override
            public ActionResult capture(String merchantPaymentId, long amountYen) {
                return engine.capture(merchantPaymentId, amountYen);
            }

            @Override
            public ActionResult revert(String merchantPaymentId, String reason) {
                return engine.revert(merchantPaymentId, reason);
            }
        };
    }
}
