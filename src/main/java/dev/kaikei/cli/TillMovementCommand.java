package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.CashMovementKind;
import dev.kaikei.journal.CashMovementRecord;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.till.Till;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Paid-in and paid-out: cash in or out of the drawer with a reason, journaled in the day's session. */
abstract class TillMovementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TillCommand till;

    @Parameters(index = "0", paramLabel = "YEN", converter = YenConverter.class, description = "The amount.")
    long yen;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the journal).")
    String reason;

    private final CashMovementKind kind;

    TillMovementCommand(CashMovementKind kind) {
        this.kind = kind;
    }

    @Override
    public Integer call() {
        if (reason.isBlank() || reason.strip().length() > 255) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reason must be 1 to 255 characters");
        }
        try (AppContext context = till.root.openContext(AppOptions.Role.OWNER, false)) {
            Till t = context.till();
            var before = t.status();
            CashMovementRecord m;
            try {
                m = kind == CashMovementKind.PAID_IN ? t.paidIn(yen, reason) : t.paidOut(yen, reason);
            } catch (TillStateException e) {
                return TillCommand.refused(spec, e);
            }
            before.dayClosed().ifPresent(d -> spec.commandLine().getOut().println(TillCommand.dayClosed(d)));
            spec.commandLine().getOut().println((kind == CashMovementKind.PAID_IN ? "Paid in " : "Paid out ")
                    + Money.yen(yen) + " (" + m.reason() + "). Cash expected in the drawer: "
                    + Money.signed(t.status().figures().orElseThrow().expectedCash()) + ".");
            return ExitCodes.OK;
        }
    }
}
