package dev.kaikei.cli;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kaikei capture}: takes the money of an authorized (pre-auth) payment. */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Captures an authorized (pre-auth) payment, by default the whole authorized amount.", "",
            ActionCommand.HELP_SIMULATOR},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Done: PayPay confirmed the capture.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:Refused (not authorized, amount too large...); nothing happened.",
            "6:Pending: sent but not confirmed yet; do not capture again.", ExitCodes.L_NOT_FOUND,
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class CaptureCommand extends ActionCommand {

    @Option(names = "--amount", paramLabel = "YEN", converter = YenConverter.class,
            description = "Amount to capture in yen (default: the whole authorized amount).")
    Long amount;

    @Override
    OperationKind kind() {
        return OperationKind.CAPTURE;
    }

    @Override
    ActionResult act(PaymentEngine engine, PaymentDetail detail) {
        long max = detail.actions().maxCapture();
        long yen = amount != null ? amount : max > 0 ? max : detail.summary().amountYen();
        return engine.capture(detail.summary().merchantPaymentId(), yen);
    }
}
