package dev.kaikei.cli;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kaikei revert}: releases an authorized (pre-auth) payment without charging it. */
@Command(name = "revert", mixinStandardHelpOptions = true,
        description = {"Releases an authorized (pre-auth) payment without charging the customer.", "",
            ActionCommand.HELP_SIMULATOR},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Done: PayPay confirmed the revert.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:Refused (not authorized...); nothing happened.",
            "6:Pending: sent but not confirmed yet; do not revert again.", ExitCodes.L_NOT_FOUND,
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class RevertCommand extends ActionCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason, kept with the revert (at most 255).")
    String reason;

    @Override
    OperationKind kind() {
        return OperationKind.REVERT;
    }

    @Override
    void validate() {
        checkReason(reason);
    }

    @Override
    ActionResult act(PaymentEngine engine, PaymentDetail detail) {
        return engine.revert(detail.summary().merchantPaymentId(), reason);
    }
}
