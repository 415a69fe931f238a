package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.payment.DayTotals;
import dev.kaikei.payment.PaymentSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code kaikei report}: end-of-day totals of one business day, with what is still unresolved (read-only). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Prints the end-of-day totals of one business day (Asia/Tokyo): sales, refunds, cancels,"
                + " net, and every item still unresolved or needing attention.",
            "Read-only: runs beside the cashier app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Report printed (unresolved items, if any, are listed; `kaikei reconcile` settles them).",
            ExitCodes.L_ERROR, ExitCodes.L_USAGE, ExitCodes.L_JOURNAL, ExitCodes.L_CONFIG})
final class ReportCommand extends DayReadCommand {

    @Override
    int run(AppContext context, LocalDate day, PrintWriter out) {
        DayTotals t = context.history().dayTotals(day);
        out.println("Kaikei report " + day + " — " + context.settings().storeName() + ", terminal "
                + context.settings().terminalId() + (context.settings().isSimulator() ? " [TRAINING]" : ""));
        String row = "  %-10s %6s  %16s%n";
        out.printf(row, "Sales", t.salesCount(), Money.yen(t.grossYen()));
        out.printf(row, "Refunds", t.refundCount(), "-" + Money.yen(t.refundYen()));
        out.printf(row, "Cancels", t.cancelCount(), "-" + Money.yen(t.cancelYen()));
        out.printf(row, "Net", "", Money.yen(t.netYen()));
        List<PaymentSummary> open = DayPayments.of(context.history(), day, null, Set.of()).stream()
                .filter(p -> !p.isFinal() || p.attention().isPresent()).toList();
        out.println("Unresolved: " + t.unresolvedCount());
        for (PaymentSummary p : open) {
            out.println("  " + p.merchantPaymentId() + "  " + Money.yen(p.amountYen()) + "  " + p.state()
                    + p.attention().map(a -> "  " + a).orElse(""));
        }
        return ExitCodes.OK;
    }
}
