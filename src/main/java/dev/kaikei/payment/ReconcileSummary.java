package dev.kaikei.payment;

import java.util.List;

/**
 * What one reconciler run did.
 *
 * @param checked    payments and operations looked at (rows owned by a live checkout or action are skipped)
 * @param resolved   of those, how many reached a final state in this run
 * @param unresolved how many are still open (outcome unknown, PayPay unreachable, or waiting for PayPay)
 * @param notes      one line per unresolved item, for logs and the CLI
 */
public record ReconcileSummary(int checked, int resolved, int unresolved, List<String> notes) {

    public ReconcileSummary {
        notes = List.copyOf(notes);
    }

    public boolean isClean() {
        return unresolved == 0;
    }
}
