package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.PaymentSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei payments}: a table of one business day's payments from the journal (read-only). */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = {"Lists the payments of one business day (Asia/Tokyo), newest first.",
            "Read-only: runs beside the cashier app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR, ExitCodes.L_USAGE, ExitCodes.L_JOURNAL,
            ExitCodes.L_CONFIG})
final class PaymentsCommand implements Callable<Integer> {

    private static final int MAX_SEARCH = 64;

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Mixin
    DayOption date;

    @Option(names = "--state", paramLabel = "STATE", split = ",",
            description = "Only these states (repeatable or comma-separated): CREATING, AWAITING_PAYMENT, UNKNOWN,"
                    + " AUTHORIZED, COMPLETED, FAILED, EXPIRED, ABANDONED, CANCELED, PARTIALLY_REFUNDED, REFUNDED,"
                    + " REVERTED.")
    List<String> stateNames;

    @Option(names = "--search", paramLabel = "TEXT", description = "Part of the merchant or PayPay payment id.")
    String search;

    @Override
    public Integer call() {
        Set<PaymentState> wanted = parseStates();
        if (search != null && search.strip().length() > MAX_SEARCH) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--search must be at most " + MAX_SEARCH
                    + " characters");
        }
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            LocalDate day = date.day(context.options().clock());
            List<PaymentSummary> rows = DayPayments.of(context.history(), day, search, wanted);
            print(spec.commandLine().getOut(), day, rows);
            return ExitCodes.OK;
        }
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
