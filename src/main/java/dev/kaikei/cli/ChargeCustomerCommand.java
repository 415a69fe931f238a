package dev.kaikei.cli;

import dev.kaikei.cli.customers.CustomerCommandSupport;
import dev.kaikei.payment.CustomerCharge;
import dev.kaikei.payment.CustomerService;
import dev.kaikei.payment.PaymentSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei charge-customer}: a direct-debit charge of a linked customer. A payment PayPay suspects to be a
 * duplicate is only sent again after the operator confirms (or with {@code --agree-similar}).
 */
@Command(name = "charge-customer", mixinStandardHelpOptions = true,
        description = "Charges a linked customer's PayPay account (direct debit).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:charged (or authorized)", "1:refused or declined: nothing was charged",
                "2:invalid command line",
                "3:not confirmed by PayPay yet (this charge, or an earlier one of this customer): do NOT charge "
                        + "again; it is being resolved (see History)",
                "4:suspected duplicate not confirmed: nothing was charged", "78:invalid configuration"})
public final class ChargeCustomerCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    @ParentCommand
    KaikeiCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REFERENCE", description = "The linked customer's reference.")
    String reference;

    @Parameters(index = "1", paramLabel = "AMOUNT", description = "Whole yen, 1 to 99999999999.")
    long amount;

    @Option(names = "--description", paramLabel = "T", description = "Order description (optional, ≤ 255).")
    String description;

    @Option(names = "--agree-similar",
            description = "If PayPay suspects a duplicate (a similar payment was just made), charge again without "
                    + "asking. Without it, you are asked.")
    boolean agreeSimilar;

    @Option(names = "--pre-authorize", description = "Only authorize the amount (capture or revert it later).")
    boolean preAuthorize;

    private final CustomerCommandSupport support;

    public ChargeCustomerCommand() {
        this(CustomerCommandSupport.standard());
    }

    ChargeCustomerCommand(CustomerCommandSupport support) {
        this.support = support;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CustomerCommandSupport.Session session = support.open(root.loadSettings())) {
            CustomerService customers = session.customers();
            CustomerCharge r = send(customers, false);
            if (r instanceof CustomerCharge.NeedsConfirmation n) {
                out.println(n.message());
                printRows(out, "Recent payments of " + reference + ":", n.recent());
                if (!agreeSimilar && !confirmed(out)) {
                    out.println("Not charged again: nothing was charged.");
                    out.flush();
                    return CustomerCommandSupport.EXIT_NOT_CONFIRMED;
                }
                r = send(customers, true);
            }
            return report(r, out);
        }
    }

    private CustomerCharge send(CustomerService customers, boolean agree) {
        return preAuthorize ? customers.preAuthorizeCustomer(reference, amount, description, agree)
                : customers.chargeCustomer(reference, amount, description, agree);
    }

    /** Lists payments one a line (time, id, amount, state) under a heading; nothing for none. */
    static void printRows(PrintWriter w, String heading, List<PaymentSummary> rows) {
        if (rows.isEmpty()) {
            return;
        }
        w.println(heading);
        for (PaymentSummary p : rows) {
            w.printf(Locale.ROOT, "  %s  %-34s %,10d yen  %s%n", TIME.format(p.createdAt()), p.merchantPaymentId(),
                    p.amountYen(), p.state());
        }
    }

    private boolean confirmed(PrintWriter out) throws IOException {
        out.print("Charge again? [y/N] ");
        out.flush();
        String answer = support.input().readLine();
        return answer != null && (answer.strip().toLowerCase(Locale.ROOT).equals("y")
                || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
    }

    private int report(CustomerCharge r, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        int code;
        if (r instanceof CustomerCharge.Paid p) {
            out.println(p.message() + " — payment " + p.merchantPaymentId() + " (PayPay " + p.paymentId() + ")");
            code = CustomerCommandSupport.EXIT_OK;
        } else if (r instanceof CustomerCharge.Authorized a) {
            out.println(a.message() + " — payment " + a.merchantPaymentId());
            code = CustomerCommandSupport.EXIT_OK;
        } else if (r instanceof CustomerCharge.Pending p) {
            err.println(p.message() + " (payment " + p.merchantPaymentId() + ")");
            code = CustomerCommandSupport.EXIT_PENDING;
        } else if (r instanceof CustomerCharge.Unresolved u) {
            err.println(u.message());
            printRows(err, "Not yet resolved:", u.unresolved());
            code = CustomerCommandSupport.EXIT_PENDING;
        } else {
            err.println(r.message());
            code = r instanceof CustomerCharge.NeedsConfirmation ? CustomerCommandSupport.EXIT_NOT_CONFIRMED
                    : CustomerCommandSupport.EXIT_REFUSED;
        }
        out.flush();
        err.flush();
        return code;
    }
}
