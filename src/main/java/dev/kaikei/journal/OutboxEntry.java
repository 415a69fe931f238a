package dev.kaikei.journal;

import java.util.List;

/** A change waiting in the HQ sync outbox: its per-terminal sequence number and the row as it is now. */
public sealed interface OutboxEntry {

    /** The sequence number the journal gave this change; never reused. */
    long seq();

    /** A payment row that changed. */
    record Payment(long seq, PaymentRecord record) implements OutboxEntry {
    }

    /** An operation row (refund, cancel, capture, revert, code delete) that changed. */
    record Operation(long seq, OperationRecord record) implements OutboxEntry {
    }

    /**
     * A sale (or one of its parts) that changed.
     *
     * @param payments       the payments of its PayPay tenders as they are now (what decides whether it counts)
     * @param receiptNumber  the number of its sale receipt, null while none was issued
     */
    record Sale(long seq, SaleRecord record, List<PaymentRecord> payments, Long receiptNumber)
            implements OutboxEntry {

        public Sale {
            payments = List.copyOf(payments);
        }
    }

    /**
     * A till session that was opened or closed.
     *
     * @param close its Z report's figures, null while the session is open
     */
    record TillSession(long seq, TillSessionRecord record, Close close) implements OutboxEntry {
    }

    /** What a till session's close recorded: the Z number and the drawer as counted against what was expected. */
    record Close(int zNumber, long countedCash, long expectedCash) {
    }
}
