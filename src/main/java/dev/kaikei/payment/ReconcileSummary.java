package dev.kaikei.payment;

import java.util.List;

/**
 * What one reconciler run did.
 *
 * @param checked    payments and operations looked at (rows owned by a live checkout or action are skipped)
 * @param resolved   of those, how many reached a final state in this run
 * @param unresolved how many are still open (outcome unknown, PayPay unreachable, or waiting for PayPay)
 * @param notes      one line per unresolved item (open, or a difference from PayPay flagged for a person), for logs
 *                   and the CLI
 * @param corrected  one line per settled payment brought in line with PayPay (a refund or cancel made outside Kaikei)
 */
public record ReconcileSummary(int checked, int resolved, int unresolved, List<String> notes, List<String> corrected) {

    public ReconcileSummary {
        notes = List.copyOf(notes);
        corrected = List.copyOf(corrected);
    }

    /** A run that corrected nothing. */
    public ReconcileSummary(int checked, int resolved, int unresolved, List<String> notes) {
        this(checked, resolved, unresolved, notes, List.of());
    }

    public boolean isClean() {
        return unresolved == 0;
    }
}
