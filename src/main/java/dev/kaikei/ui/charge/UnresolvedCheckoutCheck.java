package dev.kaikei.ui.charge;

import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.ConfirmDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a new QR checkout: an earlier checkout of this terminal still being checked may have been paid, so starting
 * another needs the cashier's yes (the customer may be about to pay twice).
 */
final class UnresolvedCheckoutCheck {

    private static final Logger LOG = LoggerFactory.getLogger(UnresolvedCheckoutCheck.class);
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CheckoutService checkouts;
    private final ConfirmDialog confirms;
    private final TaskRunner tasks;
    private final Messages messages;

    UnresolvedCheckoutCheck(CheckoutService checkouts, ConfirmDialog confirms, TaskRunner tasks, Messages messages) {
        this.checkouts = checkouts;
        this.confirms = confirms;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * Runs {@code go} when nothing is unresolved or the cashier confirms, else {@code declined}. If the journal cannot
     * be asked, the checkout goes ahead: the check protects against a double payment, it must not stop selling.
     */
    void thenStart(Runnable go, Runnable declined) {
        tasks.task(checkouts::unresolvedCheckouts).onSuccess(open -> {
            if (open.isEmpty()) {
                go.run();
                return;
            }
            PaymentSummary last = open.get(0);
            confirms.confirm(messages.get("charge.unresolved.title"), messages.format("charge.unresolved.question",
                            open.size(), Yen.format(last.amountYen()),
                            TIME.format(last.createdAt().atZone(BUSINESS_ZONE))),
                    messages.get("charge.unresolved.confirm"), yes -> (yes ? go : declined).run());
        }).onError(Exception.class, e -> {
            LOG.warn("Could not look for unresolved checkouts: {}", e.toString());
            go.run();
        }).start();
    }
}
