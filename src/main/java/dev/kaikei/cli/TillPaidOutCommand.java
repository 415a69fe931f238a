package dev.kaikei.cli;

import dev.kaikei.journal.CashMovementKind;
import picocli.CommandLine.Command;

/** {@code kaikei till paid-out YEN --reason TEXT}. */
@Command(name = "paid-out", mixinStandardHelpOptions = true,
        description = "Records cash taken out of the drawer for a reason (e.g. buying milk from the till).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Recorded.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:The drawer should not hold that much.", ExitCodes.L_JOURNAL,
            ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class TillPaidOutCommand extends TillMovementCommand {

    TillPaidOutCommand() {
        super(CashMovementKind.PAID_OUT);
    }
}
