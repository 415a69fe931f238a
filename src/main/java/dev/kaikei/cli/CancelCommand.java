package dev.kaikei.cli;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentEngine;
import picocli.CommandLine.Command;

/** {@code kaikei cancel}: cancels a paid or authorized payment inside PayPay's cancel window. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancels a paid or authorized payment; allowed until 00:14:59 (Asia/Tokyo) the day after"
                + " the payment, later only a refund.", "", ActionCommand.HELP_SIMULATOR},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Done: PayPay confirmed the cancel.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:Refused (not paid, window passed: use refund...); nothing happened.",
            "6:Pending: sent but not confirmed yet; do not cancel again.", ExitCodes.L_NOT_FOUND,
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class CancelCommand extends ActionCommand {

    @Override
    OperationKind kind() {
        return OperationKind.CANCEL;
    }

    @Override
    ActionResult act(PaymentEngine engine, PaymentDetail detail) {
        return engine.cancel(detail.summary().merchantPaymentId());
    }
}
