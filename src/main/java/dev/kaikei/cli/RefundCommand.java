package dev.kaikei.cli;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kaikei refund}: refunds a paid payment (PayPay allows one refund per payment). */
@Command(name = "refund", mixinStandardHelpOptions = true,
        description = {"Refunds a paid payment, by default the whole amount (one refund per payment).", "",
            ActionCommand.HELP_SIMULATOR},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Done: PayPay confirmed the refund.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:Refused (not paid, already refunded, amount too large...); nothing happened.",
            "6:Pending: sent but not confirmed yet; do not refund again.", ExitCodes.L_NOT_FOUND,
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class RefundCommand extends ActionCommand {

    @Option(names = "--amount", paramLabel = "YEN", converter = YenConverter.class,
            description = "Amount to refund in yen (default: the whole refundable amount).")
    Long amount;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason, kept with the refund (at most 255).")
    String reason;

    @Override
    OperationKind kind() {
        return OperationKind.REFUND;
    }

    @Override
    void validate() {
        checkReason(reason);
    }

    @Override
    ActionResult act(PaymentEngine engine, PaymentDetail detail) {
        long maxRefund = detail.actions().maxRefund();
        // With nothing refundable the engine still decides, so the refusal carries its reason.
        long yen = amount != null ? amount : maxRefund > 0 ? maxRefund : detail.summary().amountYen();
        return engine.refund(detail.summary().merchantPaymentId(), yen, reason);
    }
}
