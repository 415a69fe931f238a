package dev.kaikei.journal;

/**
 * Tells a listener that a row changed and was committed, so a view can reload it.
 *
 * @param entity            which table
 * @param id                the row's local id
 * @param merchantPaymentId the payment concerned (null for customers, PayPay file matches and the till)
 */
public record JournalChange(Entity entity, long id, String merchantPaymentId) {

    /** The kind of row that changed. */
    public enum Entity { PAYMENT, OPERATION, CUSTOMER, FILE_MATCH, TILL, RECEIPT }
}
