package dev.kaikei.cli;

import dev.kaikei.cli.customers.CustomerCommandSupport;
import dev.kaikei.payment.LinkOutcome;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei link}: shows PayPay's account-link QR in the terminal, then reads the responseToken (or the whole
 * redirect URL) the customer's browser landed on, validates it and stores the link.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links a customer's PayPay account for direct debit.",
                "Shows the link QR; after the customer approves in the PayPay app, paste the responseToken "
                        + "(or the whole redirect URL containing ?responseToken=...) and press Enter."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:linked", "1:refused (bad, expired or declined token, PayPay unreachable, ...): "
                + "nothing was linked", "2:invalid command line", "78:invalid configuration"})
public final class LinkCommand implements Callable<Integer> {

    @ParentCommand
    KaikeiCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--reference", required = true, paramLabel = "R",
            description = "The shop's reference for the customer (member number or name).")
    String reference;

    @Option(names = "--phone", paramLabel = "P", description = "The customer's phone number (optional).")
    String phone;

    private final CustomerCommandSupport support;

    public LinkCommand() {
        this(CustomerCommandSupport.standard());
    }

    LinkCommand(CustomerCommandSupport support) {
        this.support = support;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CustomerCommandSupport.Session session = support.open(root.loadSettings())) {
            LinkOutcome started = session.customers().linkCustomer(reference, Optional.ofNullable(phone));
            if (!(started instanceof LinkOutcome.Started s)) {
                err.println(started.message());
                err.flush();
                return CustomerCommandSupport.EXIT_REFUSED;
            }
            out.print(TerminalQr.render(s.linkUrl()));
            out.println(s.linkUrl());
            out.println(s.message() + ".");
            out.print("Paste the responseToken or the redirect URL, then press Enter: ");
            out.flush();
            String line = support.input().readLine();
            if (line == null || line.isBlank()) {
                err.println("No token given: nothing was linked (run link again to restart)");
                err.flush();
                return CustomerCommandSupport.EXIT_REFUSED;
            }
            LinkOutcome done = session.customers().completeLink(line);
            if (done instanceof LinkOutcome.Linked) {
                out.println(done.message());
                out.flush();
                return CustomerCommandSupport.EXIT_OK;
            }
            err.println(done.message());
            err.flush();
            return CustomerCommandSupport.EXIT_REFUSED;
        }
    }
}
