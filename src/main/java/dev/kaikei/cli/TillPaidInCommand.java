package dev.kaikei.cli;

import dev.kaikei.journal.CashMovementKind;
import picocli.CommandLine.Command;

/** {@code kaikei till paid-in YEN --reason TEXT}. */
@Command(name = "paid-in", mixinStandardHelpOptions = true,
        description = "Records cash put into the drawer for a reason other than a sale (e.g. change from the bank).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Recorded.", ExitCodes.L_ERROR, ExitCodes.L_USAGE, ExitCodes.L_JOURNAL,
            ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class TillPaidInCommand extends TillMovementCommand {

    TillPaidInCommand() {
        super(CashMovementKind.PAID_IN);
    }
}
