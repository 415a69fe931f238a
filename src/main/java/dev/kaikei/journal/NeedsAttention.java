package dev.kaikei.journal;

import java.util.List;

/**
 * Everything a person should look at: payments UNKNOWN, carrying an attention note, CREATING for longer than the
 * stuck threshold, or still AWAITING_PAYMENT past their expiry plus the threshold; operations UNKNOWN, PENDING for
 * longer than the stuck threshold, or ACCEPTED (e.g. a refund still CREATED) for longer than the accepted threshold.
 */
public record NeedsAttention(List<PaymentRecord> payments, List<OperationRecord> operations) {

    public NeedsAttention {
        payments = List.copyOf(payments);
        operations = List.copyOf(operations);
    }

    public boolean isEmpty() {
        return payments.isEmpty() && operations.isEmpty();
    }

    public int size() {
        return payments.size() + operations.size();
    }
}
