package dev.kaikei.till;

import dev.kaikei.journal.SaleRecord;
import java.util.concurrent.CompletableFuture;

/**
 * A sale taken in cash: the journaled sale, what the customer handed over and the change to give back.
 *
 * @param sale     as journaled (lines, totals per rate, its cash tender)
 * @param tendered yen handed over
 * @param change   yen to hand back: tendered − total
 * @param drawer   completes when the drawer's pulse went out (fails with why it did not)
 */
public record CashSale(SaleRecord sale, long tendered, long change, CompletableFuture<Void> drawer) {

    /** The journaled sale's id (its receipt is asked for by it). */
    public long saleId() {
        return sale.id();
    }

    public long total() {
        return sale.totals().total();
    }
}
