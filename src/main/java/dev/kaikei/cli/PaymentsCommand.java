package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.PaymentSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kaikei payments}: a table of one business day's payments from the journal (read-only). */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = {"Lists the payments of one business day (Asia/Tokyo), newest first.",
            "Read-only: runs beside the cashier app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR, ExitCodes.L_USAGE, ExitCodes.L_JOURNAL,
            ExitCodes.L_CONFIG})
final class PaymentsCommand extends DayReadCommand {

    private static final int MAX_SEARCH = 64;

    @Option(names = "--state", paramLabel = "STATE", split = ",",
            description = "Only these states (repeatable or comma-separated): CREATING, AWAITING_PAYMENT, UNKNOWN,"
                    + " AUTHORIZED, COMPLETED, FAILED, EXPIRED, ABANDONED, CANCELED, PARTIALLY_REFUNDED, REFUNDED,"
                    + " REVERTED.")
    List<String> stateNames;

    @Option(names = "--search", paramLabel = "TEXT", description = "Part of the merchant or PayPay payment id.")
    String search;

    @Override
    void checkOptions() {
        parseStates();
        if (search != null && search.strip().length() > MAX_SEARCH) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--search must be at most " + MAX_SEARCH
                    + " characters");
        }
    }

    @Override
    int run(AppContext context, LocalDate day, PrintWriter out) {
        print(out, day, DayPayments.of(context.history(), day, search, parseStates()));
        return ExitCodes.OK;
    }

    private Set<PaymentState> parseStates() {
        if (stateNames == null) {
            return Set.of();
        }
        Set<PaymentState> wanted = EnumSet.noneOf(PaymentState.class);
        for (String raw : stateNames) {
            try {
                wanted.add(PaymentState.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --state '" + raw
                        + "'; allowed: " + Arrays.stream(PaymentState.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        return wanted;
    }

    static void print(PrintWriter out, LocalDate day, List<PaymentSummary> rows) {
        if (rows.isEmpty()) {
            out.println("No payments on " + day + ".");
            return;
        }
        String format = "%-8s  %-44s  %14s  %-18s  %12s  %s%n";
        out.printf(format, "TIME", "PAYMENT ID", "AMOUNT", "STATE", "REFUNDED", "DESCRIPTION");
        long sold = 0;
        for (PaymentSummary p : rows) {
            String state = p.state() + (p.attention().isPresent() ? " !" : "");
            out.printf(format, Money.time(p.createdAt()), p.merchantPaymentId(), Money.yen(p.amountYen()), state,
                    p.refundedYen() == 0 ? "" : Money.yen(p.refundedYen()), p.description());
            sold += p.saleAmount();
        }
        long attention = rows.stream().filter(p -> p.attention().isPresent() || !p.isFinal()).count();
        out.println(rows.size() + " payment" + (rows.size() == 1 ? "" : "s") + " on " + day + ", sold "
                + Money.yen(sold) + (attention == 0 ? "" : ", " + attention + " open or needing attention (!)"));
    }
}
