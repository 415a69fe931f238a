package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.EscPosDecoder.Printout;
import dev.kaikei.testing.VirtualPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("kaikei charge --item / --take-out, kaikei receipt, kaikei printer-test")
class SalesCommandsTest extends CliFixture {

    VirtualPrinter printer;

    @BeforeEach
    void startPrinter() {
        printer = VirtualPrinter.start();
    }

    @AfterEach
    void stopPrinter() {
        printer.close();
    }

    /** The staging config plus {@code extra} lines. */
    Path config(String extra) throws Exception {
        Path file = dir.resolve("shop.properties");
        Files.writeString(file, Files.readString(config) + extra, StandardCharsets.UTF_8);
        return file;
    }

    Path withPrinter(String more) throws Exception {
        return config("printer.type=escpos-tcp\nprinter.address=" + printer.address() + "\n"
                + "receipt.registrationNumber=T7000012050002\n" + more);
    }

    /** Runs a charge with {@code configFile}; the customer pays; returns the run and the payment. */
    Run paid(Path configFile, String... args) {
        int before = payments().size();
        Running r = startWith(configFile, args);
        PaymentRecord p = awaitCode(before);
        sim.payCode(p.codeId());
        return r.finish();
    }

    SaleRecord newestSale() {
        return journal.findSaleForPayment(payments().get(0).merchantPaymentId()).orElseThrow();
    }

    Printout lastJob() {
        waiting().until(() -> !printer.jobs().isEmpty());
        List<byte[]> jobs = printer.jobs();
        return EscPosDecoder.decode(jobs.get(jobs.size() - 1));
    }

    @Nested
    @DisplayName("charge")
    class Charge {

        @Test
        @DisplayName("items and take-out: the sale is journaled with its rates, PayPay charges the total")
        void items() {
            Run run = paid(config, "charge", "--item", "Coffee=330@8", "--item", "Bag=5@10", "--item", "Stamp=84@0",
                    "--take-out");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Charge ¥419", "Coffee  ¥330 (8%)", "take-out, inclusive prices",
                    "8%: ¥330 (tax ¥24)");
            SaleRecord sale = newestSale();
            assertThat(sale.totals().rates()).containsExactly(new RateTotal(TaxRate.STANDARD_10, 5, 5, 0),
                    new RateTotal(TaxRate.REDUCED_8, 330, 306, 24), new RateTotal(TaxRate.NONE, 84, 84, 0));
            assertThat(payments().get(0).amount()).isEqualTo(419);
            assertThat(payments().get(0).description()).isEqualTo("Coffee, Bag, Stamp");
        }

        @Test
        @DisplayName("eat-in (no --take-out) taxes food at 10%; an AMOUNT joins as the keypad's department")
        void eatInWithAmount() {
            Run run = paid(config, "charge", "500", "--item", "Coffee=330@8");
            assertThat(run.code()).as(run.toString()).isZero();
            SaleRecord sale = newestSale();
            assertThat(sale.sale().lines()).extracting(l -> l.name()).containsExactly("Coffee", "Goods");
            assertThat(sale.totals().rates()).containsExactly(new RateTotal(TaxRate.STANDARD_10, 830, 755, 75));
        }

        @Test
        @DisplayName("tax.pricing=exclusive: PayPay is asked for the price plus tax")
        void exclusive() throws Exception {
            Run run = paid(config("tax.pricing=exclusive\ntax.rounding=up\n"), "charge", "--item", "Beans=999@8",
                    "--take-out");
            assertThat(run.code()).isZero();
            assertThat(payments().get(0).amount()).isEqualTo(999 + 80);
        }

        @Test
        @DisplayName("the keypad's department comes from quick-keys.txt next to the settings")
        void quickKeysFile() throws Exception {
            Files.writeString(dir.resolve("quick-keys.txt"), "# test\nLatte=450@8\n惣菜=@8\n", StandardCharsets.UTF_8);
            Run run = paid(config, "charge", "1000", "--take-out");
            assertThat(run.code()).isZero();
            assertThat(newestSale().sale().lines()).singleElement().satisfies(l -> {
                assertThat(l.name()).isEqualTo("惣菜");
                assertThat(l.rateIn(newestSale().sale().serviceMode())).isEqualTo(TaxRate.REDUCED_8);
            });
        }

        @Test
        @DisplayName("a wrong quick-keys file stops with its line, exit 78")
        void badQuickKeys() throws Exception {
            Files.writeString(dir.resolve("quick-keys.txt"), "Latte=450@5\n", StandardCharsets.UTF_8);
            Run run = run("charge", "100");
            assertThat(run.code()).isEqualTo(ExitCodes.CONFIG);
            assertThat(run.err()).contains("quick-keys.txt: line 1: 'Latte=450@5': the rate");
            assertThat(payments()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Coffee|expected NAME=YEN@RATE",
            "Coffee=330|expected NAME=YEN@RATE",
            "Coffee=330@5|the rate '5' is not 10, 8 or 0",
            "Coffee=¥330@8|is not an amount in yen",
            "Coffee=@8|the price is missing",
            "=330@8|expected NAME=YEN@RATE",
        })
        @DisplayName("a wrong --item: exit 2, nothing journaled or sent")
        void badItem(String item, String message) {
            Run run = run("charge", "--item", item);
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(message);
            assertThat(payments()).isEmpty();
            assertThat(sim.ledger().payments()).isEmpty();
        }

        @Test
        @DisplayName("--pre-authorize takes no lines")
        void preAuthWithItems() {
            Run run = run("charge", "--item", "Coffee=330@8", "--pre-authorize");
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("cannot be pre-authorized");
        }

        @Test
        @DisplayName("printer.autoPrint=always: the receipt prints when paid")
        void autoPrint() throws Exception {
            Run run = paid(withPrinter("printer.autoPrint=always\n"), "charge", "--item", "Coffee=330@8");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Receipt No.000001 printed");
            Printout p = lastJob();
            assertThat(p.qrCodes()).containsExactly("T1-000001");
            assertThat(p.render()).contains("Registration No. T7000012050002", "Coffee", "¥330");
        }

        @Test
        @DisplayName("printer.autoPrint=always with the printer off: the sale still completes, the receipt waits")
        void autoPrintPrinterOff() throws Exception {
            Path cfg = withPrinter("printer.autoPrint=always\n");
            printer.switchOff();
            Run run = paid(cfg, "charge", "--item", "Coffee=330@8");
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("PAID ¥330");
            assertThat(run.err()).contains("Receipt not printed", "waits in the reprint queue; the sale is complete");
            assertThat(journal.waitingPrints()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("receipt")
    class Receipt {

        @Test
        @DisplayName("--text, then again only as --reprint (再発行, same number); unknown id exit 7")
        void textAndReprint() {
            String id = paidCharge(1100);
            Run first = run("receipt", id, "--text");
            assertThat(first.code()).as(first.toString()).isZero();
            assertThat(first.out()).contains("Test Shop", "Goods", "¥1,100", "Receipt 000001", "[T1-000001]");
            assertThat(first.out()).doesNotContain("Registration No.");
            Run again = run("receipt", id);
            assertThat(again.code()).isEqualTo(ExitCodes.REFUSED);
            assertThat(again.err()).contains("print it again as a reprint");
            Run reprint = run("receipt", id, "--reprint");
            assertThat(reprint.code()).isZero();
            assertThat(reprint.out()).contains("** REPRINT **", "Receipt 000001");
            assertThat(run("receipt", "nope").code()).isEqualTo(ExitCodes.NOT_FOUND);
        }

        @Test
        @DisplayName("--out FILE.pdf: an owner-only PDF whose text reads back; an existing file needs --force")
        void pdf() throws Exception {
            String id = paidCharge(1100);
            Path out = dir.resolve("r.pdf");
            Run run = run("receipt", id, "--out", out.toString());
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (var d = Loader.loadPDF(Files.readAllBytes(out))) {
                assertThat(new PDFTextStripper().getText(d)).contains("T1-000001", "¥1,100");
            }
            Run exists = run("receipt", id, "--out", out.toString(), "--reprint");
            assertThat(exists.code()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(run("receipt", id, "--out", out.toString(), "--reprint", "--force").code()).isZero();
        }

        @Test
        @DisplayName("--print on the receipt printer; --ryoshusho --to --for")
        void print() throws Exception {
            Path cfg = withPrinter("locale=ja\n");
            String id = paidCharge(1100);
            Run run = runWith(cfg, "receipt", id, "--print", "--ryoshusho", "--to", "海景商事", "--for", "お品代");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(lastJob().text()).contains("領 収 書", "海景商事 様", "但し お品代 として", "登録番号 T7000012050002");
            printer.switchOff();
            Run down = runWith(cfg, "receipt", id, "--print");
            assertThat(down.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(down.err()).contains("waits in the reprint queue");
        }

        @Test
        @DisplayName("refund with printer.autoPrint=always prints the return receipt; --refund reprints it")
        void refundReceipt() throws Exception {
            Path cfg = withPrinter("printer.autoPrint=always\n");
            String id = paidCharge(1100);
            sim.clock().advance(Duration.ofSeconds(1));
            Running refund = startWith(cfg, "refund", id, "--amount", "500", "--wait", "15");
            waiting().until(() -> !journal.operationsFor(id).isEmpty());
            sim.clock().advance(Duration.ofSeconds(3));
            Run done = refund.finish();
            assertThat(done.code()).as(done.toString()).isZero();
            assertThat(done.out()).contains("Return receipt No.");
            Printout p = lastJob();
            assertThat(p.text()).contains("Refund", "(return invoice)", "Original receipt 000001");
            assertThat(p.render()).contains("Total returned", "¥500");
            String refundId = journal.operationsFor(id).get(0).merchantOperationId();
            Run again = runWith(cfg, "receipt", id, "--refund", refundId, "--text", "--reprint");
            assertThat(again.code()).as(again.toString()).isZero();
            assertThat(again.out()).contains("** REPRINT **", "Reference " + refundId);
        }

        @Test
        @DisplayName("cancel with printer.autoPrint=always prints the return receipt of the whole sale")
        void cancelReceipt() throws Exception {
            Path cfg = withPrinter("printer.autoPrint=always\n");
            String id = paidCharge(900);
            Run done = runWith(cfg, "cancel", id);
            assertThat(done.code()).as(done.toString()).isZero();
            assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.CANCELED);
            assertThat(done.out()).contains("Return receipt No.000002 printed");
            Printout p = lastJob();
            assertThat(p.text()).contains("Cancellation", "(return invoice)", "Original receipt 000001");
            assertThat(p.render()).contains("Total returned", "¥900");
        }
    }

    @Nested
    @DisplayName("printer-test")
    class PrinterTest {

        @Test
        @DisplayName("prints a test page with kanji, ※, a ruler, a QR and the cut")
        void prints() throws Exception {
            Run run = runWith(withPrinter("printer.paperWidth=58\nprinter.drawerPulse=true\nlocale=ja\n"),
                    "printer-test");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Test page printed on " + printer.address());
            Printout p = lastJob();
            assertThat(p.text()).contains("印刷テスト", "123456789012345678901234567890", "※は軽減税率対象");
            assertThat(p.qrCodes()).containsExactly("KAIKEI-TEST");
            assertThat(p.cuts()).isEqualTo(1);
            assertThat(p.drawerPulses()).isEqualTo(1);
        }

        @Test
        @DisplayName("no printer set up: exit 78; printer off: exit 5 with the reason")
        void noPrinter() throws Exception {
            Run none = run("printer-test");
            assertThat(none.code()).isEqualTo(ExitCodes.CONFIG);
            assertThat(none.err()).contains("printer.type=none");
            Path cfg = withPrinter("");
            printer.switchOff();
            Run off = runWith(cfg, "printer-test");
            assertThat(off.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(off.err()).contains("does not answer: is it switched on");
        }
    }

    Run runWith(Path configFile, String... args) {
        return startWith(configFile, args).finish();
    }
}
