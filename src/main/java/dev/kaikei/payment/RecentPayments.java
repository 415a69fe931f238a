package dev.kaikei.payment;

import java.util.List;

/** The latest payments of this terminal, newest first, for the cashier's at-a-glance strip. */
public interface RecentPayments {

    /** At most {@code n} payments, newest first; may read the journal, so call it off the UI thread. */
    List<PaymentSummary> latest(int n);

    /** No history at all, for a terminal whose journal is not wired yet. */
    static RecentPayments none() {
        return n -> List.of();
    }
}
