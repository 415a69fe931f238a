package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.accounting.AccountingExport;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.JapaneseFont;
import dev.kaikei.receipt.PaperWidth;
import dev.kaikei.receipt.PrintQueue;
import dev.kaikei.receipt.PrinterSettings;
import dev.kaikei.receipt.PrinterType;
import dev.kaikei.receipt.ReceiptService;
import dev.kaikei.receipt.ReceiptSettings;
import dev.kaikei.receipt.StoreDetails;
import dev.kaikei.receipt.TcpReceiptPrinter;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.VirtualPrinter;
import dev.kaikei.till.CashDrawer;
import dev.kaikei.till.CashSales;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.ui.testing.Fx;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: paying in cash on the Charge screen (the change large, the drawer opening on a virtual ESC/POS printer
 * over TCP), and a split sale whose rest is paid by PayPay, against the simulator and the real journal.
 */
@DisplayName("Acceptance: cash sale and split tender on the Charge screen")
class CashAcceptanceTest extends EngineScreensTest {

    private static final QuickKeys KEYS = QuickKeys.parse("Latte=450@8\nCroissant=280@8\n", QuickKey.DEFAULT_KEYPAD);

    private final VirtualPrinter printer = VirtualPrinter.start();
    private PrintQueue queue;

    @Override
    protected UiServices.Builder moreServices(UiServices.Builder builder) {
        queue = new PrintQueue(journal, TcpReceiptPrinter.at(printer.address()), Executors.newSingleThreadExecutor());
        ReceiptService receipts = new ReceiptService(journal, new ReceiptSettings(new StoreDetails("Café Kaikei",
                "", "", Optional.empty(), "T1"), new PrinterSettings(PrinterType.ESCPOS_TCP, printer.address(),
                PaperWidth.MM_80, AutoPrint.ASK, true, Optional.empty()), TaxPolicy.DEFAULT.rounding(),
                KEYS.keypad()), Optional.of(queue), JapaneseFont::locate);
        return builder.selling(KEYS, TaxPolicy.DEFAULT).receipts(new Receipts(receipts, true, AutoPrint.ASK))
                .cash(new CashSales(journal, clock, CashDrawer.of(receipts::openDrawer), "T1"))
                .takings(new AccountingExport(journal))
                .till(new dev.kaikei.till.Till(journal, clock, "Café Kaikei", "T1"));
    }

    @AfterEach
    void stopPrinter() {
        queue.close();
        printer.close();
    }

    private int drawerPulses() {
        return printer.jobs().stream().mapToInt(j -> EscPosDecoder.decode(j).drawerPulses()).sum();
    }

    private List<SaleRecord> sales() {
        return journal.salesOn(BusinessDay.today(clock));
    }

    private boolean disabled(String id) {
        return Fx.fx(() -> robot.lookup(id).query().isDisabled());
    }

    @Test
    @DisplayName("Cash: notes handed over add up, Take cash journals the sale, the change shows large, the drawer"
            + " opens once; Next sale starts over")
    void cashSale() {
        robot.clickOn("#quick-0");
        robot.clickOn("#quick-1");
        awaitText(robot, "#sale-total", "¥730");
        robot.clickOn("#cash-button");
        awaitText(robot, "#cash-total", "¥730");
        assertThat(disabled("#cash-take")).isTrue();
        robot.clickOn("#cash-500");
        awaitText(robot, "#cash-message", "¥230 still to pay (or Split: the rest by PayPay)");
        robot.clickOn("#cash-clear");
        robot.clickOn("#cash-1000");
        awaitText(robot, "#cash-received", "¥1,000");
        awaitText(robot, "#cash-message", "Change: ¥270");
        screenshot(robot.lookup("#charge-view").query().getScene(), "cash-tendering");

        robot.clickOn("#cash-take");

        awaitText(robot, "#cash-change", "¥270");
        awaitText(robot, "#cash-after", "Cash sale journaled; the drawer is open");
        screenshot(robot.lookup("#charge-view").query().getScene(), "cash-change");
        assertThat(sales()).singleElement().satisfies(s -> assertThat(s.tenders())
                .containsExactly(new CashTender(730, 1_000)));
        assertThat(drawerPulses()).isEqualTo(1);
        assertThat(journal.search(dev.kaikei.journal.PaymentSearch.all())).as("no PayPay payment").isEmpty();

        assertThat(printer.jobs()).as("printer.autoPrint=ask: nothing printed by itself").hasSize(1);
        robot.clickOn("#cash-print");
        await().until(() -> printer.jobs().size() == 2);
        EscPosDecoder.Printout receipt = EscPosDecoder.decode(printer.jobs().get(1));
        assertThat(receipt.render()).contains("Cash", "¥1,000", "Change", "¥270").doesNotContain("PayPay");
        assertThat(receipt.drawerPulses()).as("the receipt never opens the drawer again").isZero();
        await().until(() -> Fx.text(robot, "#cash-after").contains("printed"));

        robot.clickOn("#cash-next");
        Fx.awaitShowing(robot, "#keypad");
        awaitText(robot, "#sale-total", "¥0");
    }

    @Test
    @DisplayName("Split: ¥1,000 in cash, the QR for the rest; the drawer opens when PayPay confirms")
    void split() {
        robot.clickOn("#key-1");
        robot.clickOn("#key-2");
        robot.clickOn("#key-00");
        robot.clickOn("#cash-button");
        robot.clickOn("#cash-1000");
        assertThat(disabled("#cash-take")).isTrue();
        await().until(() -> !disabled("#cash-split"));

        robot.clickOn("#cash-split");

        String codeId = codeIdOnScreen();
        String id = merchantPaymentIdOnScreen();
        assertThat(row(id).amount()).as("the QR is for the rest").isEqualTo(200);
        assertThat(Fx.text(robot, "#customer-lines")).endsWith("Cash ¥1,000 · PayPay ¥200");
        assertThat(drawerPulses()).as("cash stays in hand until PayPay confirms").isZero();
        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Paid");
        screenshot(robot.lookup("#customer-view").query().getScene(), "cash-split-paid");
        await().until(() -> drawerPulses() == 1);
        SaleRecord sale = journal.findSaleForPayment(id).orElseThrow();
        assertThat(sale.tenders()).containsExactly(new CashTender(1_000, 1_000), new PayPayTender(200, id, row(id).paypayPaymentId()));
        assertJournaled(id, PaymentState.COMPLETED);
    }

    @Test
    @DisplayName("Back: nothing taken, the keypad returns with the sale as it was; Esc does the same")
    void back() {
        robot.clickOn("#key-5");
        robot.clickOn("#key-00");
        robot.clickOn("#cash-button");
        robot.clickOn("#cash-back");
        Fx.awaitShowing(robot, "#keypad");
        assertThat(Fx.text(robot, "#amount-display")).isEqualTo("¥500");
        Node view = robot.lookup("#charge-view").query();
        assertThat(view).isNotNull();
        assertThat(sales()).isEmpty();
        assertThat(drawerPulses()).isZero();
    }

    @Test
    @DisplayName("End of day: PayPay and cash side by side per tax rate, refunds, net and tax")
    void endOfDay() {
        robot.clickOn("#quick-0"); // a latte, ¥450 at 10% eaten in
        robot.clickOn("#cash-button");
        robot.clickOn("#cash-exact");
        robot.clickOn("#cash-take");
        awaitText(robot, "#cash-change", "¥0");
        robot.clickOn("#cash-next");
        paidPayment(1_100, "bare amount", false);

        robot.clickOn("#nav-end-of-day");

        awaitText(robot, "#takings-1-0", "10%");
        assertThat(Fx.text(robot, "#takings-1-1")).isEqualTo("¥1,100");
        assertThat(Fx.text(robot, "#takings-1-2")).isEqualTo("¥450");
        assertThat(Fx.text(robot, "#takings-1-4")).isEqualTo("¥1,550");
        assertThat(Fx.text(robot, "#takings-1-5")).isEqualTo("¥140"); // 100 + 40 (450 × 10/110 rounded down)
        assertThat(Fx.text(robot, "#takings-2-0")).isEqualTo("Total");
        screenshot(robot.lookup("#takings-panel").query().getScene(), "cash-end-of-day-takings");
    }

    @Test
    @DisplayName("Till: a cash sale's cash handed back by its receipt number behind the manager PIN, with a return"
            + " receipt number and the drawer opening; a PayPay sale's receipt is refused (refund it through PayPay)")
    void cashRefund() {
        robot.clickOn("#quick-0");
        robot.clickOn("#cash-button");
        robot.clickOn("#cash-exact");
        robot.clickOn("#cash-take");
        awaitText(robot, "#cash-change", "¥0");
        robot.clickOn("#cash-next");
        long saleId = sales().get(0).id();
        long number = journal.saleReceipt(saleId, "T1").number(); // as printing it issues it
        // A PayPay sale taken meanwhile (on another till of the same journal, say): the screen stays on Charge.
        var checkout = engine.start(dev.kaikei.payment.ChargeRequest.forSale(dev.kaikei.sale.Sale.of(
                dev.kaikei.sale.ServiceMode.EAT_IN, TaxPolicy.DEFAULT, KEYS.keypad().line(800)), List.of()));
        String paypay = checkout.merchantPaymentId();
        await().until(() -> row(paypay).codeId() != null);
        sim.payCode(row(paypay).codeId());
        assertJournaled(paypay, PaymentState.COMPLETED);
        long paypayNumber = journal.saleReceipt(journal.findSaleForPayment(paypay).orElseThrow().id(), "T1")
                .number();
        await().until(() -> drawerPulses() == 1);

        robot.clickOn("#nav-till");
        robot.clickOn("#cash-refund-receipt").write(Long.toString(number));
        robot.clickOn("#cash-refund-amount").write("450");
        robot.clickOn("#cash-refund-reason").write("spilt");
        robot.clickOn("#cash-refund-button");
        enterPin(PIN);

        awaitText(robot, "#cash-refund-message", "Handed back ¥450 of receipt No." + String.format("%06d", number)
                + "; return receipt No." + String.format("%06d", paypayNumber + 1) + ". The return receipt is"
                + " printed.");
        EscPosDecoder.Printout returned = EscPosDecoder.decode(printer.jobs().get(printer.jobs().size() - 1));
        assertThat(returned.render()).contains("Returned in cash", "¥450");
        assertThat(returned.drawerPulses()).isZero();
        assertThat(journal.till().cashRefunds(saleId)).singleElement().satisfies(r -> assertThat(r.amount())
                .isEqualTo(450));
        await().until(() -> drawerPulses() == 2);
        screenshot(robot.lookup("#till-view").query().getScene(), "cash-refund-till");

        robot.clickOn("#cash-refund-receipt").write(Long.toString(paypayNumber));
        robot.clickOn("#cash-refund-amount").write("800");
        robot.clickOn("#cash-refund-reason").write("wrong");
        robot.clickOn("#cash-refund-button");
        enterPin(PIN);
        await().until(() -> Fx.text(robot, "#cash-refund-message").contains("refund it through PayPay, never in"
                + " cash"));
        assertThat(drawerPulses()).isEqualTo(2);
    }

    @Test
    @DisplayName("printer off: the cash sale stands, the change shows, the cashier is told to open the drawer by key")
    void drawerShut() {
        printer.close();
        robot.clickOn("#quick-1");
        robot.clickOn("#cash-button");
        robot.clickOn("#cash-1000");
        robot.clickOn("#cash-take");
        awaitText(robot, "#cash-change", "¥720");
        await().until(() -> Fx.text(robot, "#cash-after").startsWith("Cash sale journaled, but the drawer did not"
                + " open") && Fx.text(robot, "#cash-after").endsWith("open it with its key"));
        assertThat(sales()).hasSize(1);
    }
}
