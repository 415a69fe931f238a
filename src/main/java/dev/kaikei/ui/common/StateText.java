package dev.kaikei.ui.common;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.CustomerLinkStatus;
import java.util.Locale;

/**
 * The words every screen uses for payment, operation and link states. Each enum constant has its own message key, so
 * a new state without a translation fails {@code StateTextTest} instead of showing a raw name to the cashier.
 */
public final class StateText {

    private final Messages messages;

    public StateText(Messages messages) {
        this.messages = messages;
    }

    /** A payment's state as History says it ("Waiting for payment"). */
    public String of(PaymentState state) {
        return messages.get("history.state." + key(state));
    }

    /** A payment's state in the one or two words the Charge screen's recent strip has room for ("Waiting"). */
    public String shortOf(PaymentState state) {
        return messages.get("recent.state." + key(state));
    }

    public String of(OperationState state) {
        return messages.get("history.operationState." + key(state));
    }

    public String of(OperationKind kind) {
        return messages.get("history.operation." + key(kind));
    }

    public String of(CustomerLinkStatus status) {
        return messages.get("customers.status." + key(status));
    }

    /** The lower-case name used in message keys and style classes ({@code state-awaiting_payment}). */
    public static String key(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
