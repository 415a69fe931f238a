package dev.kaikei.payment;

import dev.kaikei.sale.OrderDescription;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.Tender;
import dev.kaikei.sale.Tenders;
import java.util.List;
import java.util.Optional;

/**
 * What the cashier asked for: an amount in yen, an optional description shown in the customer's PayPay app, and
 * whether to only authorize (pre-auth, captured later) instead of taking the money now. When the amount is a rung-up
 * {@link Sale}, the sale (and any other tenders already paying part of it) is journaled with the payment.
 *
 * @param sale         the sale this payment pays, or null for a bare amount
 * @param otherTenders parts of the sale paid otherwise (split payment); empty without a sale
 */
public record ChargeRequest(long amountYen, String description, boolean preAuthorize, Sale sale,
                            List<Tender> otherTenders) {

    /** PayPay takes amounts of at most 11 digits. */
    public static final long MAX_AMOUNT = 99_999_999_999L;
    public static final int MAX_DESCRIPTION = 255;

    public ChargeRequest {
        if (amountYen <= 0) {
            throw new IllegalArgumentException("amount must be at least ¥1 (got " + amountYen + ")");
        }
        if (amountYen > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be at most 11 digits (got " + amountYen + ")");
        }
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION
                    + " characters (got " + description.length() + ")");
        }
        otherTenders = otherTenders == null ? List.of() : List.copyOf(otherTenders);
        if (sale == null && !otherTenders.isEmpty()) {
            throw new IllegalArgumentException("tenders belong to a sale");
        }
        if (sale != null) {
            if (preAuthorize) {
                // A capture may take less than was authorized, and the receipt's lines would then be wrong.
                throw new IllegalArgumentException("a sale's lines cannot be pre-authorized; charge them");
            }
            if (otherTenders.stream().anyMatch(PayPayTender.class::isInstance)) {
                throw new IllegalArgumentException("one PayPay payment per sale");
            }
            long due = Tenders.remaining(sale.total(), otherTenders);
            if (due != amountYen) {
                throw new IllegalArgumentException("the amount ¥" + amountYen + " is not the ¥" + due
                        + " left to pay of the sale");
            }
        }
    }

    /** A bare amount (no sale lines). */
    public ChargeRequest(long amountYen, String description, boolean preAuthorize) {
        this(amountYen, description, preAuthorize, null, List.of());
    }

    public static ChargeRequest of(long amountYen) {
        return new ChargeRequest(amountYen, "", false);
    }

    /**
     * Pays what is left of {@code sale} after {@code otherTenders} with PayPay; the customer's app shows a short list
     * of the items.
     *
     * @throws IllegalArgumentException if nothing is left to pay, or the sale is empty
     */
    public static ChargeRequest forSale(Sale sale, List<Tender> otherTenders) {
        if (sale == null || sale.isEmpty()) {
            throw new IllegalArgumentException("the sale has no lines");
        }
        long due = Tenders.remaining(sale.total(), otherTenders);
        return new ChargeRequest(due, OrderDescription.of(sale), false, sale, otherTenders);
    }

    /** The sale this payment pays, if it was rung up as one. */
    public Optional<Sale> saleLines() {
        return Optional.ofNullable(sale);
    }
}
