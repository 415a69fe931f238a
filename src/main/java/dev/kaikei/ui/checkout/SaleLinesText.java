package dev.kaikei.ui.checkout;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Yen;

/** A sale as the customer display lists it: one line an item ("Latte ※ ×2  ¥900"), then the totals per rate. */
public final class SaleLinesText {

    private SaleLinesText() {
    }

    /** The lines of the request's sale; empty for a bare amount. */
    public static String of(ChargeRequest request, Messages messages) {
        return request.saleLines().map(sale -> {
            StringBuilder text = new StringBuilder();
            for (SaleLine l : sale.lines()) {
                text.append(l.name()).append(l.rateIn(sale.serviceMode()).isReduced() ? " ※" : "")
                        .append(l.quantity() > 1 ? " ×" + l.quantity() : "").append("  ")
                        .append(Yen.format(l.amount())).append('\n');
            }
            for (RateTotal r : sale.totals().rates()) {
                text.append(messages.format("charge.sale.rate", r.rate().percent(), Yen.format(r.gross()),
                        Yen.format(r.tax()))).append('\n');
            }
            // A split sale: the customer sees that the QR is for what the cash left to pay.
            long cash = request.otherTenders().stream().filter(t -> t instanceof CashTender)
                    .mapToLong(t -> t.amount()).sum();
            if (cash > 0) {
                text.append(messages.format("checkout.splitCash", Yen.format(cash), Yen.format(request.amountYen())))
                        .append('\n');
            }
            return text.toString().strip();
        }).orElse("");
    }
}
