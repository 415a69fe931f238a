package dev.kaikei.cli;

import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.SaleTotals;
import java.io.PrintWriter;
import java.util.Locale;

/** A sale's lines and its totals per tax rate, as {@code kaikei charge} shows them before the QR. */
final class SaleSummary {

    private SaleSummary() {
    }

    static void print(Sale sale, PrintWriter out) {
        for (SaleLine line : sale.lines()) {
            out.printf("  %s%s  %s (%d%%)%n", line.name(), line.quantity() > 1 ? " ×" + line.quantity() : "",
                    Money.yen(line.amount()), line.rateIn(sale.serviceMode()).percent());
        }
        SaleTotals totals = sale.totals();
        StringBuilder rates = new StringBuilder();
        for (RateTotal r : totals.rates()) {
            rates.append(rates.length() == 0 ? "" : "; ").append(r.rate().percent()).append("%: ")
                    .append(Money.yen(r.gross())).append(" (tax ").append(Money.yen(r.tax())).append(')');
        }
        out.println("  " + sale.serviceMode().name().toLowerCase(Locale.ROOT).replace('_', '-') + ", "
                + sale.policy().pricing().name().toLowerCase(Locale.ROOT) + " prices: " + rates);
    }
}
