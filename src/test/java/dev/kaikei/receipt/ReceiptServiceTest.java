package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.PrintOutput;
import dev.kaikei.journal.PrintRecord;
import dev.kaikei.journal.PrintState;
import dev.kaikei.journal.ReceiptVariant;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.receipt.ReceiptException.Reason;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.EscPosDecoder.Printout;
import dev.kaikei.testing.SimulatedShop;
import dev.kaikei.testing.VirtualPrinter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Receipts from the journal, printed on a virtual printer")
class ReceiptServiceTest {

    @TempDir
    Path dir;

    SimulatedShop shop;
    VirtualPrinter printer;
    PrintQueue queue;
    ReceiptService receipts;

    @BeforeEach
    void open() {
        shop = SimulatedShop.open(dir);
        printer = VirtualPrinter.start();
        queue = new PrintQueue(shop.journal, TcpReceiptPrinter.at(printer.address()),
                Executors.newSingleThreadExecutor());
        receipts = service(Optional.of(queue), PrinterType.ESCPOS_TCP, printer.address());
    }

    ReceiptService service(Optional<PrintQueue> q, PrinterType type, String address) {
        PrinterSettings p = new PrinterSettings(type, address, PaperWidth.MM_80, AutoPrint.ASK, true,
                Optional.empty());
        StoreDetails store = new StoreDetails("Test Shop", "東京都千代田区1-1", "03-0000-0000",
                Optional.of(ReceiptFixtures.NUMBER), "T9");
        return new ReceiptService(shop.journal, new ReceiptSettings(store, p, TaxRounding.DOWN,
                new QuickKey("keypad", "商品", OptionalLong.empty(), TaxCategory.STANDARD)), q, JapaneseFont::locate);
    }

    @AfterEach
    void close() {
        queue.close();
        printer.close();
        shop.close();
    }

    /** Rings up and charges a sale; the customer pays. */
    String paid(Sale sale) {
        Checkout c = shop.engine.start(ChargeRequest.forSale(sale, List.of()));
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().qrUrl().isPresent());
        shop.sim.payCode(shop.journal.findPayment(c.merchantPaymentId()).orElseThrow().codeId());
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().phase() == CheckoutPhase.PAID);
        return c.merchantPaymentId();
    }

    Printout lastJob() {
        List<byte[]> jobs = printer.jobs();
        return EscPosDecoder.decode(jobs.get(jobs.size() - 1));
    }

    @Test
    @DisplayName("a paid sale prints with its number as QR and PayPay's payment id, no drawer pulse (PayPay moves no"
            + " cash); the print is journaled; numbers go up per terminal")
    void prints() throws Exception {
        String id = paid(ReceiptFixtures.MIXED);
        PrintOutcome outcome = receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE)).get();
        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.message()).isEqualTo("Receipt No.000001 printed");
        Printout p = lastJob();
        assertThat(p.qrCodes()).containsExactly("T9-000001");
        assertThat(p.drawerPulses()).isZero();
        assertThat(p.cuts()).isEqualTo(1);
        String paypayId = shop.journal.findPayment(id).orElseThrow().paypayPaymentId();
        assertThat(p.render()).contains("登録番号 T7000012050002", "幕の内弁当 ※", paypayId, "※は軽減税率対象");
        assertThat(outcome.print().state()).isEqualTo(PrintState.DONE);
        assertThat(outcome.print().output()).isEqualTo(PrintOutput.PRINTER);

        String second = paid(ReceiptFixtures.REDUCED_ONLY);
        receipts.print(ReceiptRequest.sale(second, Locale.JAPANESE)).get();
        assertThat(lastJob().qrCodes()).containsExactly("T9-000002");
    }

    @Test
    @DisplayName("a second print must be a reprint: marked 再発行, same number, no drawer pulse")
    void reprint() throws Exception {
        String id = paid(ReceiptFixtures.MIXED);
        receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE)).get();
        assertThatThrownBy(() -> receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE)).join())
                .hasCauseInstanceOf(ReceiptException.class).hasMessageContaining("print it again as a reprint");
        assertThatThrownBy(() -> receipts.text(ReceiptRequest.sale(id, Locale.JAPANESE)))
                .isInstanceOf(ReceiptException.class);
        receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE).asReprint()).get();
        Printout again = lastJob();
        assertThat(again.text()).contains("【再発行】");
        assertThat(again.qrCodes()).containsExactly("T9-000001");
        assertThat(again.drawerPulses()).isZero();
        assertThat(printer.jobs()).hasSize(2);
        long receiptId = shop.journal.findSaleReceipt(shop.journal.findSaleForPayment(id).orElseThrow().id())
                .orElseThrow().id();
        assertThat(shop.journal.printsOf(receiptId)).extracting(PrintRecord::reprint).containsExactly(false, true);
    }

    @Test
    @DisplayName("a reprint of a receipt never issued is refused")
    void reprintOfNothing() {
        String id = paid(ReceiptFixtures.MIXED);
        assertThatThrownBy(() -> receipts.text(ReceiptRequest.sale(id, Locale.JAPANESE).asReprint()))
                .isInstanceOf(ReceiptException.class).extracting(e -> ((ReceiptException) e).reason())
                .isEqualTo(Reason.NOT_ISSUED);
    }

    @Test
    @DisplayName("no receipt before PayPay confirmed the payment")
    void unpaid() {
        Checkout c = shop.engine.start(ChargeRequest.forSale(ReceiptFixtures.MIXED, List.of()));
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().qrUrl().isPresent());
        assertThatThrownBy(() -> receipts.text(ReceiptRequest.sale(c.merchantPaymentId(), Locale.JAPANESE)))
                .isInstanceOf(ReceiptException.class).hasMessageContaining("AWAITING_PAYMENT")
                .extracting(e -> ((ReceiptException) e).reason()).isEqualTo(Reason.NOT_PAID);
        assertThatThrownBy(() -> receipts.text(ReceiptRequest.sale("nope", Locale.JAPANESE)))
                .extracting(e -> ((ReceiptException) e).reason()).isEqualTo(Reason.UNKNOWN_PAYMENT);
        c.abandon();
    }

    @Nested
    @DisplayName("when the printer is down")
    class PrinterDown {

        @Test
        @DisplayName("the sale stays complete, the receipt waits in the reprint queue, and prints later unmarked")
        void waits() throws Exception {
            String id = paid(ReceiptFixtures.MIXED);
            printer.switchOff();
            PrintOutcome down = receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE)).get();
            assertThat(down.printed()).isFalse();
            assertThat(down.problem()).contains(PrinterProblem.UNREACHABLE);
            assertThat(down.message()).contains("waits in the reprint queue; the sale is complete");
            assertThat(shop.journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(receipts.waiting()).singleElement().satisfies(w -> {
                assertThat(w.state()).isEqualTo(PrintState.WAITING);
                assertThat(w.detail()).contains("does not answer");
            });

            // The printer is back (a new one at another port): the waiting receipt prints, not as a reprint.
            try (VirtualPrinter back = VirtualPrinter.start();
                 PrintQueue q = new PrintQueue(shop.journal, TcpReceiptPrinter.at(back.address()),
                         Executors.newSingleThreadExecutor())) {
                ReceiptService again = service(Optional.of(q), PrinterType.ESCPOS_TCP, back.address());
                assertThat(again.waitingPrints()).singleElement().satisfies(w -> {
                    assertThat(w.number()).hasToString("T9-000001");
                    assertThat(w.problem()).contains("does not answer");
                });
                PrintOutcome printed = again.printAgain(again.waitingPrints().get(0).printId(), Locale.JAPANESE)
                        .get();
                assertThat(printed.printed()).isTrue();
                assertThat(again.waiting()).isEmpty();
                Printout p = EscPosDecoder.decode(back.jobs().get(0));
                assertThat(p.text()).doesNotContain("【再発行】");
                assertThat(p.qrCodes()).containsExactly("T9-000001");
            }
        }

        @Test
        @DisplayName("out of paper: the receipt waits and the cashier is told so")
        void outOfPaper() throws Exception {
            String id = paid(ReceiptFixtures.MIXED);
            printer.setCondition(VirtualPrinter.Condition.OUT_OF_PAPER);
            PrintOutcome outcome = receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE)).get();
            assertThat(outcome.problem()).contains(PrinterProblem.OUT_OF_PAPER);
            assertThat(outcome.message()).startsWith("The receipt printer at " + printer.address()
                    + " is out of paper");
            assertThat(receipts.waiting()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a refund gets a return receipt (返還インボイス) naming the original receipt and the refund per rate")
    void refundReceipt() throws Exception {
        String id = paid(ReceiptFixtures.MIXED);
        receipts.print(ReceiptRequest.sale(id, Locale.JAPANESE)).get();
        shop.engine.refund(id, 540, "returned");
        shop.sim.clock().advance(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            shop.engine.reconcileNow();
            return shop.journal.operationsFor(id).stream().allMatch(o -> o.state() == OperationState.SUCCEEDED);
        });
        String refundId = shop.journal.operationsFor(id).get(0).merchantOperationId();
        receipts.print(ReceiptRequest.returnOf(id, refundId, Locale.JAPANESE)).get();
        Printout p = lastJob();
        assertThat(p.text()).contains("返品・返金", "（返還インボイス）", "元のレシート 000001", "返金番号 " + refundId);
        assertThat(p.render()).contains("¥540", "8%対象", "¥463");
        assertThat(p.qrCodes()).containsExactly("T9-000002");
        assertThat(p.drawerPulses()).isZero();
        assertThatThrownBy(() -> receipts.text(ReceiptRequest.returnOf(id, "other", Locale.JAPANESE)))
                .hasMessageContaining("it has: " + refundId);
    }

    @Test
    @DisplayName("a cancel's return receipt returns everything, lines included")
    void cancelReceipt() throws Exception {
        String id = paid(ReceiptFixtures.MIXED);
        shop.engine.cancel(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            shop.engine.reconcileNow();
            return shop.journal.operationsFor(id).stream().map(OperationRecord::state)
                    .allMatch(s -> s == OperationState.SUCCEEDED);
        });
        String text = receipts.text(ReceiptRequest.returnOf(id, ReceiptRequest.CANCEL, Locale.JAPANESE));
        assertThat(text).contains("取消", "幕の内弁当 ※", "返金合計", "¥805");
    }

    @Test
    @DisplayName("a payment taken without lines is receipted as one line of the keypad department")
    void bareAmount() throws Exception {
        Checkout c = shop.engine.start(new ChargeRequest(1100, "", false));
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().qrUrl().isPresent());
        shop.sim.payCode(shop.journal.findPayment(c.merchantPaymentId()).orElseThrow().codeId());
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().phase() == CheckoutPhase.PAID);
        String text = receipts.text(ReceiptRequest.sale(c.merchantPaymentId(), Locale.JAPANESE));
        assertThat(text).contains("商品", "¥1,100", "10%対象", "¥100)");
    }

    @Test
    @DisplayName("PDF and text are journaled as issued; a 領収書 carries its addressee and purpose")
    void pdfAndRyoshusho() throws Exception {
        String id = paid(ReceiptFixtures.MIXED);
        byte[] pdf = receipts.pdf(ReceiptRequest.sale(id, Locale.JAPANESE));
        try (var d = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(d)).contains("T9-000001", "¥805");
        }
        String ryoshusho = receipts.text(ReceiptRequest.sale(id, Locale.ENGLISH).asRyoshusho("ACME Ltd.", "food"));
        assertThat(ryoshusho).contains("RECEIPT", "To: ACME Ltd.", "For: food");
        long receiptId = shop.journal.findSaleReceipt(shop.journal.findSaleForPayment(id).orElseThrow().id())
                .orElseThrow().id();
        assertThat(shop.journal.printsOf(receiptId)).extracting(PrintRecord::output, PrintRecord::variant,
                        PrintRecord::addressee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PrintOutput.PDF, ReceiptVariant.RECEIPT, null),
                        org.assertj.core.groups.Tuple.tuple(PrintOutput.TEXT, ReceiptVariant.RYOSHUSHO, "ACME Ltd."));
    }
}
