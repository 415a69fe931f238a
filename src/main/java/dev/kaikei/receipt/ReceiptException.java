package dev.kaikei.receipt;

/** A receipt cannot be issued as asked; the message says why and what to do instead. */
public final class ReceiptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** No such payment in the journal. */
        UNKNOWN_PAYMENT,
        /** The payment was not (or not yet) paid: a receipt follows PayPay's confirmation only. */
        NOT_PAID,
        /** No such refund or cancel of the payment, or it is not confirmed yet. */
        NO_SUCH_RETURN,
        /** This receipt was issued already: only a reprint (再発行) may follow. */
        ALREADY_ISSUED,
        /** A reprint was asked for a receipt never issued. */
        NOT_ISSUED,
        /** No printer, or no font for a PDF. */
        NO_OUTPUT
    }

    private final Reason reason;

    public ReceiptException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
