package dev.kaikei.receipt;

import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptVariant;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.Tender;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one receipt says, before it is laid out: the invoice facts (issuer, registration number, date, what was sold
 * with the reduced rate marked, totals and tax per rate) and how it was paid or returned.
 *
 * @param kind        a sale's receipt or a return receipt
 * @param variant     receipt or 領収書
 * @param reprint     printed again: marked 再発行, same number
 * @param store       the issuer
 * @param number      the receipt's number
 * @param at          when the sale was paid (for a return: when the money was returned)
 * @param sale        the sale's lines, eat-in / take-out and tax policy
 * @param totals      the totals and tax per rate (for a return: what was returned)
 * @param showLines   whether to list the lines (a partial refund returns an amount, not lines)
 * @param tenders     how it was paid (for a return: how the money went back)
 * @param returned    for a return receipt: the original sale and the refund or cancel; else empty
 * @param addressee   領収書: 宛名 (may be blank: a line is left to write on)
 * @param purpose     領収書: 但し書き (may be blank)
 */
public record ReceiptContent(ReceiptKind kind, ReceiptVariant variant, boolean reprint, StoreDetails store,
                             ReceiptNumber number, ZonedDateTime at, Sale sale, SaleTotals totals, boolean showLines,
                             List<Tender> tenders, Optional<Returned> returned, String addressee, String purpose) {

    public ReceiptContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(totals, "totals");
        tenders = List.copyOf(tenders);
        Objects.requireNonNull(returned, "returned");
        if ((kind == ReceiptKind.RETURN) != returned.isPresent()) {
            throw new IllegalArgumentException("a return receipt, and only one, names what was returned");
        }
        addressee = addressee == null ? "" : addressee.strip();
        purpose = purpose == null ? "" : purpose.strip();
    }

    /**
     * What a return receipt returns.
     *
     * @param originalNumber the sale's receipt number
     * @param originalAt     when the sale was paid
     * @param cancel         a cancel (取消) rather than a refund (返金)
     * @param reference      the refund's merchant id, or the payment's for a cancel
     */
    public record Returned(ReceiptNumber originalNumber, ZonedDateTime originalAt, boolean cancel, String reference) {
    }
}
