package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.EscPosDecoder.Printout;
import dev.kaikei.testing.VirtualPrinter;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.testing.Fx;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: ringing up a sale with quick keys and the keypad, eat-in or take-out, paying it, and the receipt printed
 * on a virtual ESC/POS printer over TCP; with the printer down the sale still completes and the receipt waits.
 */
@DisplayName("Acceptance: quick keys, keypad, take-out, paid, receipt printed")
class SalesAcceptanceTest extends EngineScreensTest {

    private static final QuickKeys KEYS = QuickKeys.parse("Latte=450@8\nCroissant=280@8\nMug=1500@10\nDeli=@8\n"
            + "Stamp=84@0\n", QuickKey.DEFAULT_KEYPAD);

    private final VirtualPrinter printer = VirtualPrinter.start();
    private PrinterReceipts receipts;

    @Override
    protected UiServices.Builder moreServices(UiServices.Builder builder) {
        receipts = PrinterReceipts.on(journal, printer, AutoPrint.ALWAYS, KEYS.keypad());
        return builder.selling(KEYS, TaxPolicy.DEFAULT).receipts(receipts.receipts());
    }

    @AfterEach
    void stopPrinter() {
        receipts.close();
        printer.close();
    }

    /** Latte twice, ¥300 typed for Deli, take-out: ¥1,200, all food at 8%. */
    private void ringUp() {
        robot.clickOn("#quick-0");
        robot.clickOn("#quick-0");
        robot.clickOn("#key-3");
        robot.clickOn("#key-00");
        robot.clickOn("#quick-3");
        awaitText(robot, "#sale-total", "¥1,200");
        assertThat(Fx.text(robot, "#rate-totals")).isEqualTo("10%: ¥1,200 (tax ¥109)");
        robot.clickOn("#take-out");
        await().until(() -> Fx.text(robot, "#rate-totals").equals("8%: ¥1,200 (tax ¥88)"));
    }

    @Test
    @DisplayName("the sale is journaled with its lines and rates, PayPay charges the total, the receipt prints")
    void paidAndPrinted() {
        ringUp();
        robot.clickOn("#quick-2"); // a mug: standard rate, whatever the mode
        robot.clickOn("#line-remove-2");
        awaitText(robot, "#sale-total", "¥1,200");
        screenshot(robot.lookup("#charge-view").query().getScene(), "sales-charge-quick-keys");
        robot.clickOn("#charge-button");
        String codeId = codeIdOnScreen();
        String id = merchantPaymentIdOnScreen();
        assertThat(Fx.text(robot, "#customer-lines")).contains("Latte ※ ×2  ¥900", "Deli ※  ¥300",
                "8%: ¥1,200 (tax ¥88)");
        SaleRecord sale = journal.findSaleForPayment(id).orElseThrow();
        assertThat(sale.sale().serviceMode()).isEqualTo(ServiceMode.TAKE_OUT);
        assertThat(sale.totals().rates()).containsExactly(new RateTotal(TaxRate.REDUCED_8, 1200, 1112, 88));
        assertThat(row(id).amount()).isEqualTo(1200);

        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Paid");
        await().until(() -> printer.jobs().size() == 1);
        await().until(() -> Fx.text(robot, "#detail").equals("Receipt No.000001 printed"));
        screenshot(robot.lookup("#customer-view").query().getScene(), "sales-paid-receipt-printed");
        Printout p = EscPosDecoder.decode(printer.jobs().get(0));
        assertThat(p.qrCodes()).containsExactly("T1-000001");
        assertThat(p.render()).contains("Registration No. T7000012050002", "Latte ※", "Deli ※", "8% items",
                "¥1,200", row(id).paypayPaymentId());
        assertThat(p.cuts()).isEqualTo(1);
        assertJournaled(id, PaymentState.COMPLETED);
    }

    @Test
    @DisplayName("printer down: the sale still completes, the cashier is told, the receipt waits in the reprint queue")
    void printerDown() {
        printer.switchOff();
        ringUp();
        robot.clickOn("#charge-button");
        String codeId = codeIdOnScreen();
        String id = merchantPaymentIdOnScreen();
        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Paid");
        await().until(() -> Fx.text(robot, "#detail").contains("waits in the reprint queue; the sale is complete"));
        assertJournaled(id, PaymentState.COMPLETED);
        assertThat(journal.waitingPrints()).singleElement()
                .satisfies(w -> assertThat(w.detail()).contains("does not answer"));
        // The printer's long message wraps under the amount: the outcome and the message stay on the screen.
        for (String query : List.of("#detail", "#code-area")) {
            javafx.geometry.Bounds b = Fx.fx(() -> {
                javafx.scene.Node n = robot.lookup(query).query();
                return n.localToScene(n.getBoundsInLocal());
            });
            double width = Fx.fx(() -> robot.lookup(query).query().getScene().getWidth());
            assertThat(b.getMaxX()).as("%s ends within the window", query).isLessThanOrEqualTo(width);
        }
        screenshot(robot.lookup("#customer-view").query().getScene(), "sales-paid-printer-down");
    }
}
