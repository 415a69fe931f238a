package dev.kaikei.journal;

import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.Tender;
import java.util.List;

/**
 * A sale about to be journaled: its lines (with eat-in / take-out and the tax policy they were priced under), the
 * terminal, and the tenders that pay it. With {@link Journal#insertPayment(NewPayment, NewSale)} the PayPay tender is
 * added by the journal from the payment, so {@code tenders} then holds only the other parts of a split payment.
 *
 * @param sale       the sale, at least ¥1
 * @param terminalId the terminal it was rung up on (optional, ≤ 255)
 * @param tenders    how it is paid; PayPay tenders must name a journaled payment
 */
public record NewSale(Sale sale, String terminalId, List<Tender> tenders) {

    public NewSale {
        Check.required("sale", sale);
        Check.text("terminalId", terminalId);
        tenders = List.copyOf(Check.required("tenders", tenders));
        if (sale.total() < 1) {
            throw new IllegalArgumentException("a journaled sale comes to at least ¥1");
        }
        for (Tender t : tenders) {
            if (t instanceof PayPayTender p && p.merchantPaymentId() == null) {
                throw new IllegalArgumentException("a PayPay tender must name its payment");
            }
        }
    }

    /** A sale to be paid whole by the PayPay payment it is journaled with. */
    public static NewSale paidByPayPay(Sale sale, String terminalId) {
        return new NewSale(sale, terminalId, List.of());
    }
}
