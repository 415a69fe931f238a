package dev.kaikei.sale;

import java.util.List;

/** Arithmetic of split tenders: what they pay together and what is left of a sale's total. */
public final class Tenders {

    private Tenders() {
    }

    /** The yen the tenders pay together (cash counted without its change). */
    public static long applied(List<? extends Tender> tenders) {
        long sum = 0;
        for (Tender t : tenders) {
            sum = Math.addExact(sum, t.amount());
        }
        return sum;
    }

    /**
     * What the tenders leave to pay of {@code total}.
     *
     * @throws IllegalArgumentException if they pay more than the total (only cash may exceed, as change)
     */
    public static long remaining(long total, List<? extends Tender> tenders) {
        long applied = applied(tenders);
        if (applied > total) {
            throw new IllegalArgumentException("the tenders pay ¥" + applied + ", more than the total ¥" + total);
        }
        return total - applied;
    }

    /**
     * Checks that the tenders settle {@code total} exactly.
     *
     * @throws IllegalArgumentException if they pay more or less
     */
    public static void requireSettles(long total, List<? extends Tender> tenders) {
        if (remaining(total, tenders) != 0) {
            throw new IllegalArgumentException("the tenders pay ¥" + applied(tenders) + " of the total ¥" + total);
        }
    }
}
