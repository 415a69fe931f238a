package dev.kaikei.sync.wire;

import java.util.List;

/**
 * A sale rung up with items, as HQ sees it: what was sold, the tax per rate exactly as the till worked it out, and
 * how it was paid.
 *
 * @param saleId        the sale's number on its till
 * @param createdAt     when it was rung up (epoch ms); its business day is the Asia/Tokyo date of this
 * @param serviceMode   eat-in or take-out (decides the rate of food lines)
 * @param total         yen the customer paid, tax included
 * @param tax           yen of consumption tax in it
 * @param receiptNumber its receipt's number on the till, null while none was issued
 * @param outcome       whether it counts, derived by the till from its PayPay payment (HQ sums only SOLD sales)
 * @param lines         what was sold, in order
 * @param rates         totals per tax rate
 * @param tenders       how it was paid, in order
 */
public record SyncedSale(long saleId, long createdAt, ServiceMode serviceMode, long total, long tax,
                         Long receiptNumber, Outcome outcome, List<Line> lines, List<Rate> rates,
                         List<Tender> tenders) {

    /** Eat-in (food at 10 %) or take-out (food at 8 %). */
    public enum ServiceMode {
        EAT_IN, TAKE_OUT
    }

    /** What became of a sale. */
    public enum Outcome {
        /** Its PayPay payment is not settled yet. */
        OPEN,
        /** Paid (refunds later are operations, as for payments). */
        SOLD,
        /** Paid, then canceled: the money went back. */
        CANCELED,
        /** Never paid (declined, expired, abandoned, released). */
        VOID
    }

    /** The tax category of a line. */
    public enum Category {
        STANDARD, REDUCED, NON_TAXABLE
    }

    /** How a part of the sale was paid. */
    public enum TenderKind {
        PAYPAY, CASH
    }

    /**
     * One line.
     *
     * @param taxRate percent the line was taxed at in this sale (10, 8 or 0)
     * @param amount  unit price times quantity, yen
     */
    public record Line(String code, String name, long unitPrice, int quantity, Category category, int taxRate,
                       long amount) {
    }

    /** The sale's total at one tax rate: net + tax = gross. */
    public record Rate(int taxRate, long gross, long net, long tax) {
    }

    /**
     * One tender.
     *
     * @param merchantPaymentId the PayPay payment of a PAYPAY tender, null for cash
     */
    public record Tender(TenderKind kind, long amount, String merchantPaymentId) {
    }
}
