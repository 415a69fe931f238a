package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.OperationState;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.PrintOutput;
import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.EscPosDecoder.Printout;
import dev.kaikei.testing.VirtualPrinter;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.testing.Fx;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: receipts when the cashier is asked ({@code printer.autoPrint=ask}) — Print / PDF / No receipt after
 * Paid — and in History: the receipt again (marked as a reprint, same number), as PDF, the return receipt of a
 * refund, and the reprint queue printed once the printer has paper again. A virtual ESC/POS printer over TCP.
 */
@DisplayName("Acceptance: receipts after Paid (ask) and in History, the reprint queue")
class ReceiptScreensTest extends EngineScreensTest {

    private final VirtualPrinter printer = VirtualPrinter.start();
    private PrinterReceipts receipts;

    @Override
    protected UiServices.Builder moreServices(UiServices.Builder builder) {
        receipts = PrinterReceipts.on(journal, printer, AutoPrint.ASK, QuickKey.DEFAULT_KEYPAD);
        return builder.receipts(receipts.receipts());
    }

    @AfterEach
    void stopPrinter() {
        receipts.close();
        printer.close();
    }

    /** Keys {@code digits}, charges, the customer pays; returns the payment once Paid is on screen. */
    private String paidAtTheCounter(String digits) {
        keyAndCharge(digits);
        String codeId = codeIdOnScreen();
        String id = merchantPaymentIdOnScreen();
        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Paid");
        Fx.awaitShowing(robot, "#receipt-print-button");
        return id;
    }

    /** The receipts the printer printed (a connection that only asked its status prints nothing). */
    private List<Printout> printed() {
        return printer.jobs().stream().map(EscPosDecoder::decode).filter(p -> p.cuts() > 0).toList();
    }

    private Printout job(int index) {
        await().until(() -> printed().size() > index);
        return printed().get(index);
    }

    /** Paid stays up a moment once the receipt is dealt with, then the keypad returns. */
    @Override
    protected Duration autoReturn() {
        return Duration.ofSeconds(2);
    }

    private void backToKeypad() {
        Fx.awaitShowing(robot, "#charge-view");
    }

    @Test
    @DisplayName("Print after Paid issues the receipt; History prints it again as a reprint (same number), saves "
            + "the PDF and prints a 領収書 with addressee and purpose")
    void printThenReprintFromHistory() throws Exception {
        String id = paidAtTheCounter("880");
        robot.clickOn("#receipt-print-button");
        await().until(() -> Fx.text(robot, "#detail").equals("Receipt No.000001 printed"));
        Printout first = job(0);
        assertThat(first.render()).contains("¥880").doesNotContain("REPRINT");
        assertThat(first.qrCodes()).containsExactly("T1-000001");
        backToKeypad();

        openDetail("¥880");
        robot.clickOn("#history-receipt-print");
        await().until(() -> Fx.text(robot, "#history-receipt-message").equals(
                "Receipt No.000001 (reprint) printed"));
        Printout again = job(1);
        assertThat(again.render()).contains("** REPRINT **", "¥880", row(id).paypayPaymentId());
        assertThat(again.qrCodes()).containsExactly("T1-000001");
        assertThat(again.drawerPulses()).isZero();

        robot.clickOn("#history-receipt-pdf");
        await().until(() -> Fx.text(robot, "#history-receipt-message").startsWith("Receipt saved: "));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(exportFile))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("REPRINT", "T1-000001", "¥880");
        }

        // A 領収書 on request: addressee and purpose typed; the first of its kind is no reprint.
        robot.clickOn("#history-ryoshusho-to").write("Kaikei Trading");
        robot.clickOn("#history-ryoshusho-for").write("Coffee beans");
        robot.clickOn("#history-ryoshusho-print");
        await().until(() -> Fx.text(robot, "#history-receipt-message").equals(
                "領収書 (formal receipt) No.000001 printed"));
        Printout ryoshusho = job(2);
        assertThat(ryoshusho.render()).contains("RECEIPT", "To: Kaikei Trading", "For: Coffee beans", "¥880")
                .doesNotContain("REPRINT");
        assertThat(ryoshusho.qrCodes()).containsExactly("T1-000001");
        screenshot(robot.lookup("#history-view").query().getScene(), "history-receipts");
        assertThat(journal.printsOf(receiptId(id))).as("every print journaled").extracting(p -> p.output())
                .containsExactly(PrintOutput.PRINTER, PrintOutput.PRINTER, PrintOutput.PDF, PrintOutput.PRINTER);
    }

    @Test
    @DisplayName("Save PDF after Paid: the receipt as an owner-only PDF whose text reads back, issued (no reprint mark)")
    void pdfAfterPaid() throws Exception {
        paidAtTheCounter("300");
        robot.clickOn("#receipt-pdf-button");
        await().until(() -> Fx.text(robot, "#detail").equals("Receipt saved: " + exportFile.getFileName()));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(exportFile))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("T1-000001", "¥300", "T7000012050002")
                    .doesNotContain("REPRINT");
        }
        assertThat(Files.getPosixFilePermissions(exportFile)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(printed()).isEmpty();
    }

    @Test
    @DisplayName("out of paper: the sale is complete, the receipt waits; History lists the queue and prints it, "
            + "unmarked, once there is paper")
    void reprintQueue() {
        printer.setCondition(VirtualPrinter.Condition.OUT_OF_PAPER);
        String id = paidAtTheCounter("500");
        robot.clickOn("#receipt-print-button");
        await().until(() -> Fx.text(robot, "#detail").contains("out of paper"));
        assertJournaled(id, PaymentState.COMPLETED);
        assertThat(printed()).as("nothing printed without paper").isEmpty();
        backToKeypad();

        robot.clickOn("#nav-history");
        Fx.awaitShowing(robot, "#receipt-queue");
        assertThat(Fx.text(robot, "#receipt-queue-count")).isEqualTo("1 receipt(s) waiting for the printer");
        screenshot(robot.lookup("#history-view").query().getScene(), "history-reprint-queue");

        printer.setCondition(VirtualPrinter.Condition.READY);
        robot.clickOn("#receipt-queue-print");
        Printout p = job(0);
        assertThat(p.render()).contains("¥500").doesNotContain("REPRINT");
        assertThat(p.qrCodes()).containsExactly("T1-000001");
        await().until(() -> journal.waitingPrints().isEmpty());
        await().until(() -> !Fx.fx(() -> robot.lookup("#receipt-queue").query().isVisible()));
    }

    @Test
    @DisplayName("No receipt prints nothing; after a refund History prints its return receipt")
    void noReceiptThenReturnReceipt() {
        String id = paidAtTheCounter("1000");
        robot.clickOn("#receipt-none-button");
        backToKeypad();
        assertThat(printer.jobs()).isEmpty();

        assertThat(engine.refund(id, 400, "damaged")).isNotInstanceOf(ActionResult.Refused.class);
        // PayPay may settle the refund after the call's follow-ups have stopped asking; in the app the reconciler then
        // settles it, so the test runs the reconciler as the app would while it waits.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            engine.reconcileNow();
            return journal.operationsFor(id).stream().anyMatch(o -> o.state() == OperationState.SUCCEEDED);
        });
        openDetail("¥1,000");
        Fx.awaitShowing(robot, "#history-return-print");
        robot.clickOn("#history-return-print");
        await().until(() -> Fx.text(robot, "#history-receipt-message").startsWith("Return receipt No."));
        Printout p = job(0);
        assertThat(p.render()).contains("Refund", "(return invoice)", "¥400");
        assertThat(p.drawerPulses()).isZero();
    }

    private long receiptId(String paymentId) {
        long saleId = journal.findSaleForPayment(paymentId).orElseThrow().id();
        return journal.saleReceipt(saleId, "T1").id();
    }
}
