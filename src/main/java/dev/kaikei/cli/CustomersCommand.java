package dev.kaikei.cli;

import dev.kaikei.cli.customers.CustomerCommandSupport;
import dev.kaikei.payment.CustomerInfo;
import dev.kaikei.payment.CustomerRefresh;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei customers}: the linked customers with their status. */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Lists customers linked (or being linked) to PayPay for direct debit.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:invalid command line", "78:invalid configuration"})
public final class CustomersCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    @ParentCommand
    KaikeiCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--refresh", description = "Ask PayPay about each linked customer first (marks ended links).")
    boolean refresh;

    private final CustomerCommandSupport support;

    public CustomersCommand() {
        this(CustomerCommandSupport.standard());
    }

    CustomersCommand(CustomerCommandSupport support) {
        this.support = support;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CustomerCommandSupport.Session session = support.open(root.loadSettings())) {
            List<CustomerInfo> list;
            if (refresh) {
                CustomerRefresh r = session.customers().refreshStatuses();
                list = r.customers();
                r.nowUnlinked().forEach(ref -> out.println("PayPay ended the link of " + ref + ": now unlinked"));
                if (r.unchecked() > 0) {
                    out.println(r.unchecked() + " linked customer(s) could not be checked (PayPay did not answer)");
                }
            } else {
                list = session.customers().customers();
            }
            out.print(table(list));
        }
        out.flush();
        return CustomerCommandSupport.EXIT_OK;
    }

    static String table(List<CustomerInfo> customers) {
        if (customers.isEmpty()) {
            return "No customers yet. Link one with: kaikei link --reference <R>" + System.lineSeparator();
        }
        int ref = Math.max("REFERENCE".length(), customers.stream().mapToInt(c -> c.reference().length()).max()
                .orElse(0));
        int tel = Math.max("PHONE".length(), customers.stream().mapToInt(c -> c.phone().orElse("").length()).max()
                .orElse(0));
        String format = "%-" + ref + "s  %-" + tel + "s  %-8s  %s%n";
        StringBuilder sb = new StringBuilder(String.format(format, "REFERENCE", "PHONE", "STATUS", "LINKED SINCE"));
        for (CustomerInfo c : customers) {
            sb.append(String.format(format, c.reference(), c.phone().orElse("-"), c.status(),
                    c.linkedSince().map(WHEN::format).orElse("-")));
        }
        return sb.toString();
    }
}
