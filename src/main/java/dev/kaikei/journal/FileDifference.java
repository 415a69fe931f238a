package dev.kaikei.journal;

/**
 * One difference between PayPay's daily transaction file and the journal. PayPay's side is empty for
 * {@link Kind#ONLY_IN_JOURNAL}; the journal's side is empty for {@link Kind#ONLY_IN_PAYPAY}.
 *
 * @param kind                 what differs
 * @param lineNumber           the file's line (1 = the header), null when the file has no such line
 * @param merchantId           the merchant-side id (payment, refund, capture or revert id)
 * @param paypayPaymentId      PayPay's payment id (決済番号 / orderId), may be null
 * @param storeId              may be null
 * @param terminalId           may be null
 * @param paypayStatus         the line's status, null for ONLY_IN_JOURNAL
 * @param paypayAmount         the line's amount as written (refunds negative), null for ONLY_IN_JOURNAL
 * @param paymentState         the journal payment's state, null when the journal has no such payment
 * @param operationKind        the journal operation concerned (refund, capture, revert), null for a payment
 * @param operationState       that operation's state, null for a payment
 * @param journalAmount        the amount the journal expects on PayPay's side (refunds negative), may be null
 */
public record FileDifference(Kind kind, Integer lineNumber, String merchantId, String paypayPaymentId, String storeId,
                             String terminalId, PayPayFileStatus paypayStatus, Long paypayAmount,
                             PaymentState paymentState, OperationKind operationKind, OperationState operationState,
                             Long journalAmount) {

    /** The kinds of difference, as the End-of-day screen and {@code kaikei paypay-file} list them. */
    public enum Kind {
        /** PayPay has the line; the journal has no such payment, refund, capture or revert. */
        ONLY_IN_PAYPAY,
        /** The journal holds money PayPay's file does not show. */
        ONLY_IN_JOURNAL,
        /** Both have it, with different amounts. */
        AMOUNT_DIFFERS,
        /** Both have it, but PayPay's status disagrees with the journal's state (e.g. paid vs failed). */
        STATUS_DIFFERS
    }

    public FileDifference {
        Check.required("kind", kind);
        Check.text("merchantId", merchantId);
        Check.text("paypayPaymentId", paypayPaymentId);
        Check.text("storeId", storeId);
        Check.text("terminalId", terminalId);
    }
}
