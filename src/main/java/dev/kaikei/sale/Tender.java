package dev.kaikei.sale;

/**
 * A part of a sale's payment. A sale is settled by one tender or, split, by several whose amounts add up to its total.
 * Only cash can be handed over in excess (the excess is change); every other tender pays exactly its amount.
 */
public sealed interface Tender permits PayPayTender, CashTender {

    /** The yen this tender pays of the sale (for cash: without the change). */
    long amount();

    TenderKind kind();
}
