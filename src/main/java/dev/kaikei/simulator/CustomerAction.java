package dev.kaikei.simulator;

/**
 * What a customer can do with a code, an account-link session or a capture waiting for confirmation, and why the
 * simulator may refuse it.
 */
public final class CustomerAction {

    private CustomerAction() {
    }

    /** Why a customer action was refused; {@link #httpStatus()} is what the control API answers. */
    public enum Reason {
        CODE_NOT_FOUND(404), CODE_DELETED(410), CODE_EXPIRED(410), CODE_ALREADY_USED(409),
        SESSION_NOT_FOUND(404), SESSION_ALREADY_USED(409), PAYMENT_NOT_FOUND(404), NO_CAPTURE_TO_CONFIRM(409);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    /**
     * The outcome of paying or declining a code ({@code paymentId} is null for a decline), or of confirming or
     * declining a capture ({@code codeId} is null for a native pre-authorization).
     */
    public record Result(String codeId, String merchantPaymentId, String paymentId, PaymentStatus status) {
    }

    /** The outcome of approving or declining an account link: the JWT and where the browser is sent with it. */
    public record LinkResult(String responseToken, String redirectUrl, String userAuthorizationId) {
    }

    /** The customer's view of a code, for the payment page. */
    record CodeView(String codeId, String merchantPaymentId, long amount, String orderDescription,
                    PaymentStatus status, boolean deleted, boolean expired, long secondsLeft) {
    }

    /** A refused customer action (the code is unknown, expired, deleted or already used...). */
    public static final class Refused extends RuntimeException {

        private final Reason reason;

        public Refused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
