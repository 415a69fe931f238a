package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.fx;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static dev.kaikei.ui.testing.Fx.showing;
import static dev.kaikei.ui.testing.Fx.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.Ledger;
import java.nio.file.Files;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acceptance: History, refunds behind the manager PIN, End of day, against the real engine")
class HistoryAcceptanceTest extends EngineScreensTest {

    @Test
    @DisplayName("each list says why it is empty: no payments on this day; nothing needs attention")
    void emptyListsSayWhy() {
        robot.clickOn("#nav-history");
        awaitShowing(robot, "#history-table");
        assertThat(placeholder("#history-table")).isEqualTo("No payments on this day");
        fx(() -> {
            TabPane tabs = robot.lookup("#history-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-attention".equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        awaitShowing(robot, "#attention-table");
        assertThat(placeholder("#attention-table")).isEqualTo("Nothing needs attention");
        screenshot(window.scene(), "e2e-history-attention-empty");
    }

    private String placeholder(String table) {
        return fx(() -> ((Label) robot.lookup(table).queryAs(TableView.class).getPlaceholder()).getText());
    }

    @Test
    @DisplayName("refund: a wrong PIN is refused and sends nothing; the right PIN refunds the typed amount")
    void refundWithPin() {
        String id = paidPayment(1200, "Latte", false);
        openDetail("¥1,200");
        awaitText(robot, "#detail-state", "Paid");
        assertThat(fx(() -> robot.lookup("#refund-amount").queryAs(TextField.class).getText())).isEqualTo("1200");
        assertThat(showing(robot, "#events-table")).isTrue();
        assertThat(fx(() -> robot.lookup("#events-table").queryAs(TableView.class).getItems().size()))
                .isGreaterThanOrEqualTo(2);
        typeAmount("#refund-amount", "500");

        robot.clickOn("#refund-button");
        awaitShowing(robot, "#pin-field");
        screenshot(fx(() -> robot.lookup("#pin-field").query().getScene()), "e2e-pin-dialog");
        enterPin("1111");
        awaitText(robot, "#action-message", "Wrong PIN. Nothing was sent to PayPay.");
        assertThat(fx(() -> robot.lookup("#refund-amount").queryAs(TextField.class).getText())).isEqualTo("500");
        screenshot(window.scene(), "e2e-history-wrong-pin");
        assertThat(sim.ledger().refunds()).isEmpty();
        assertThat(journal.operationsFor(id)).isEmpty();

        robot.clickOn("#refund-button");
        enterPin(PIN);
        // The simulator keeps a refund CREATED for 2 s: the screen says it is waiting, then follows PayPay.
        await().until(() -> text(robot, "#action-message").startsWith("Sent to PayPay and waiting")
                || text(robot, "#action-message").startsWith("Done"));
        clock.advance(Duration.ofSeconds(3));
        awaitText(robot, "#detail-state", "Partly refunded");
        awaitText(robot, "#action-message", "Done: ¥500 refunded. PayPay has confirmed it.");
        Ledger.Refund refund = await().until(() -> sim.ledger().refunds(), r -> !r.isEmpty()).get(0);
        assertThat(refund.merchantPaymentId()).isEqualTo(id);
        assertThat(refund.amount()).isEqualTo(500);
        assertJournaled(id, PaymentState.PARTIALLY_REFUNDED);
        assertThat(showing(robot, "#refund-button")).isFalse();
        screenshot(window.scene(), "e2e-history-refunded");
    }

    @Test
    @DisplayName("after 5 wrong PINs even the right PIN is refused for a while, and nothing reaches PayPay or the journal")
    void lockedPin() {
        String id = paidPayment(1200, "Latte", false);
        openDetail("¥1,200");
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#refund-button");
            enterPin("1111");
            // The button is disabled while the PIN is checked, so this also waits for this very attempt's answer.
            await().until(() -> !fx(() -> robot.lookup("#refund-button").query().isDisabled())
                    && "Wrong PIN. Nothing was sent to PayPay.".equals(text(robot, "#action-message")));
        }

        robot.clickOn("#refund-button");
        enterPin(PIN);
        String message = await().until(() -> text(robot, "#action-message"), m -> m.startsWith("Too many"));
        assertThat(message).matches("Too many wrong PINs\\. Try again in (30|[12][0-9]|[1-9]) s\\. "
                + "Nothing was sent to PayPay\\.");
        screenshot(window.scene(), "e2e-history-pin-locked");
        assertThat(sim.ledger().refunds()).isEmpty();
        assertThat(journal.operationsFor(id)).isEmpty();
        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        assertThat(showing(robot, "#refund-button")).isTrue();
    }

    @Test
    @DisplayName("the detail shows the payment and its PayPay call trail (README screenshot)")
    void detail() {
        paidPayment(480, "Tea", false);
        paidPayment(3300, "Lunch set", false);
        paidPayment(1200, "Latte and croissant", false);
        openDetail("¥1,200");
        awaitShowing(robot, "#cancel-payment-button");
        assertThat(text(robot, "#action-note")).startsWith("A cancel is possible until");
        awaitText(robot, "#history-message", "3 payments");
        screenshot(window.scene(), "e2e-history-detail");
    }

    @Test
    @DisplayName("End of day: totals of today, and Export CSV writes the file")
    void endOfDay() throws Exception {
        paidPayment(1000, "A", false);
        paidPayment(2500, "B", false);
        robot.clickOn("#nav-end-of-day");
        awaitText(robot, "#total-sales", "2");
        awaitText(robot, "#total-gross", "¥3,500");
        assertThat(text(robot, "#total-net")).isEqualTo("¥3,500");
        assertThat(text(robot, "#total-unresolved")).isEqualTo("0");
        robot.clickOn("#export-button");
        await().until(() -> text(robot, "#end-of-day-message").startsWith("Exported"));
        assertThat(Files.readAllLines(exportFile)).hasSizeGreaterThanOrEqualTo(3);
        screenshot(window.scene(), "e2e-end-of-day");
    }
}
