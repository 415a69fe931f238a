package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.receipt.ReceiptRequest;
import dev.kaikei.sale.Sale;
import dev.kaikei.till.CashDrawer;
import dev.kaikei.till.CashSale;
import dev.kaikei.till.CashSales;
import dev.kaikei.till.DayClosed;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code kaikei charge AMOUNT --cash TENDERED}: the sale is journaled with its cash tender, the change is printed and
 * the drawer opens. A drawer that stays shut never undoes the sale: the cashier is told to open it with its key.
 */
final class CashCharge {

    private CashCharge() {
    }

    /**
     * @throws CashSales.CashShortException if less than the total was handed over (nothing journaled)
     */
    static int take(AppContext context, Sale sale, long tendered, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        Optional<DayClosed> closed = context.till().status().dayClosed();
        CashSale taken = context.cash().sell(sale, tendered);
        closed.ifPresent(d -> out.println(TillCommand.dayClosed(d)));
        out.println("Cash sale " + taken.sale().id() + " at " + context.settings().storeName()
                + (context.settings().isSimulator() ? "  [TRAINING: simulator]" : ""));
        SaleSummary.print(sale, out);
        out.println("PAID in cash " + Money.yen(taken.total()) + ", tendered " + Money.yen(taken.tendered()));
        out.println("CHANGE " + Money.yen(taken.change()));
        out.flush();
        if (context.cash().hasDrawer()) {
            awaitDrawer(taken, err);
        }
        if (AutoPrint.enabled(context)) {
            AutoPrint.print(context, ReceiptRequest.cashSale(taken.sale().id(), context.settings().locale()), out,
                    err);
        }
        return ExitCodes.OK;
    }

    private static void awaitDrawer(CashSale taken, PrintWriter err) throws InterruptedException {
        CashDrawer.awaitOpened(taken.drawer()).ifPresent(why -> err.println("The drawer did not open (" + why
                + "): open it with its key."));
        err.flush();
    }
}
