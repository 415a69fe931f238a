package dev.kaikei.cli;

import dev.kaikei.cli.customers.CustomerCommandSupport;
import dev.kaikei.payment.ActionResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei unlink}: ends a customer's PayPay link (PayPay then refuses direct debits for them). */
@Command(name = "unlink", mixinStandardHelpOptions = true,
        description = "Unlinks a customer's PayPay account (no more direct-debit charges).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:unlinked", "1:refused (unknown customer, PayPay did not answer: try again)",
                "2:invalid command line", "78:invalid configuration"})
public final class UnlinkCommand implements Callable<Integer> {

    @ParentCommand
    KaikeiCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REFERENCE", description = "The customer's reference.")
    String reference;

    private final CustomerCommandSupport support;

    public UnlinkCommand() {
        this(CustomerCommandSupport.standard());
    }

    UnlinkCommand(CustomerCommandSupport support) {
        this.support = support;
    }

    @Override
    public Integer call() throws Exception {
        try (CustomerCommandSupport.Session session = support.open(root.loadSettings())) {
            ActionResult r = session.customers().unlink(reference);
            PrintWriter w = r instanceof ActionResult.Done ? spec.commandLine().getOut() : spec.commandLine().getErr();
            w.println(r.message());
            w.flush();
            return r instanceof ActionResult.Done ? CustomerCommandSupport.EXIT_OK
                    : CustomerCommandSupport.EXIT_REFUSED;
        }
    }
}
