package dev.kaikei.till;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashRefundRecord;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewSale;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.Yen;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cash at the counter: a sale paid in cash (journaled with its lines and cash tender, then the drawer opens for the
 * change), cash handed back for a cash sale, and the drawer for a split sale once PayPay confirmed its part. The till
 * counts a sale's cash from its journaled tender, so nothing here is written twice.
 */
public final class CashSales {

    private static final Logger LOG = LoggerFactory.getLogger(CashSales.class);

    private final Journal journal;
    private final Clock clock;
    private final CashDrawer drawer;
    private final String terminalId;

    public CashSales(Journal journal, Clock clock, CashDrawer drawer, String terminalId) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.drawer = Objects.requireNonNull(drawer, "drawer");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
    }

    /**
     * Takes {@code sale} in cash: journals it with its cash tender, then opens the drawer.
     *
     * @param tendered yen the customer handed over
     * @throws CashShortException       if {@code tendered} is less than the total (nothing journaled)
     * @throws IllegalArgumentException if the sale has no lines
     */
    public CashSale sell(Sale sale, long tendered) {
        Objects.requireNonNull(sale, "sale");
        if (sale.isEmpty()) {
            throw new IllegalArgumentException("the sale has no lines");
        }
        long total = sale.total();
        if (tendered < total) {
            throw new CashShortException(total, tendered);
        }
        SaleRecord record = journal.insertSale(new NewSale(sale, terminalId, List.of(new CashTender(total,
                tendered))));
        LOG.info("Cash sale {}: {} yen, {} tendered, {} change", record.id(), total, tendered, tendered - total);
        return new CashSale(record, tendered, tendered - total, drawer.open());
    }

    /**
     * Hands back {@code amount} of a sale's cash and opens the drawer for it.
     *
     * @throws IllegalArgumentException if there is no such sale
     * @throws TillStateException       if the sale has no cash to give back, or not that much, or the drawer should not
     *                                  hold it (nothing journaled)
     */
    public CashRefund refund(long saleId, long amount, String reason) {
        CashRefundRecord r = journal.till().refundCash(saleId, amount, reason, terminalId, BusinessDay.today(clock));
        LOG.info("Cash refund {} of sale {}: {} yen", r.id(), saleId, amount);
        return new CashRefund(r, drawer.open());
    }

    /**
     * Hands back {@code amount} of the cash of the sale whose receipt has {@code number} on this terminal.
     *
     * @throws IllegalArgumentException if no receipt has that number
     * @throws TillStateException       as {@link #refund} says (nothing journaled)
     */
    public CashReturn refundReceipt(long number, long amount, String reason) {
        CashRefund r = refund(saleOfReceipt(number).id(), amount, reason);
        return new CashReturn(r.refund().id(), r.refund().receiptNumber(), r.drawer());
    }

    /**
     * Cash handed back: the refund's id (its return receipt prints by it), the return receipt's number, and the drawer
     * opening for it.
     */
    public record CashReturn(long refundId, long returnReceiptNumber, CompletableFuture<Void> drawer) {
    }

    /** The sale whose receipt has {@code number} on this terminal (as printed, e.g. {@code 000123}). */
    public SaleRecord saleOfReceipt(long number) {
        long saleId = journal.findReceiptByNumber(terminalId, number).orElseThrow(() -> new IllegalArgumentException(
                "no receipt No." + String.format("%06d", number) + " was issued on terminal " + terminalId))
                .saleId();
        return journal.findSale(saleId).orElseThrow();
    }

    /** What of a sale's cash can still be handed back (0 when it took none). */
    public long refundableCash(SaleRecord sale) {
        long cash = sale.tenders().stream().filter(CashTender.class::isInstance).mapToLong(t -> t.amount()).sum();
        return cash - journal.till().cashRefunds(sale.id()).stream().mapToLong(CashRefundRecord::amount).sum();
    }

    /** Opens the drawer for the cash of a split sale once PayPay confirmed its part. */
    public CompletableFuture<Void> openForSplitSale() {
        return drawer.open();
    }

    /** Whether a drawer is set up. */
    public boolean hasDrawer() {
        return drawer.present();
    }

    /** Cash handed back, and the drawer opening for it. */
    public record CashRefund(CashRefundRecord refund, CompletableFuture<Void> drawer) {
    }

    /** Less cash than the total was handed over. */
    public static final class CashShortException extends IllegalArgumentException {

        private final long total;
        private final long tendered;

        CashShortException(long total, long tendered) {
            super(Yen.format(tendered) + " tendered is " + Yen.format(total - tendered) + " short of the total "
                    + Yen.format(total) + "; nothing was taken");
            this.total = total;
            this.tendered = tendered;
        }

        public long total() {
            return total;
        }

        public long tendered() {
            return tendered;
        }
    }
}
