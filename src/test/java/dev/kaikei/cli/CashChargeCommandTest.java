package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.sale.CashTender;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.VirtualPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code kaikei charge AMOUNT --cash TENDERED} against a real journal and a virtual ESC/POS printer with a drawer. */
@DisplayName("kaikei charge --cash")
class CashChargeCommandTest extends CliFixture {

    VirtualPrinter printer;

    @BeforeEach
    void startPrinter() {
        printer = VirtualPrinter.start();
    }

    @AfterEach
    void stopPrinter() {
        printer.close();
    }

    Path withDrawer(String more) throws Exception {
        Path file = dir.resolve("shop.properties");
        Files.writeString(file, Files.readString(config) + "printer.type=escpos-tcp\nprinter.address="
                + printer.address() + "\nprinter.drawerPulse=true\n" + more, StandardCharsets.UTF_8);
        return file;
    }

    List<SaleRecord> todaysSales() {
        return journal.salesOn(BusinessDay.today(sim.clock()));
    }

    int pulses() {
        return printer.jobs().stream().mapToInt(j -> EscPosDecoder.decode(j).drawerPulses()).sum();
    }

    @Test
    @DisplayName("a cash sale is journaled with its cash tender, the change is printed, the drawer opens once,"
            + " and the till expects the cash")
    void cashSale() throws Exception {
        Path cfg = withDrawer("");
        assertThat(startWith(cfg, "till", "open", "--float", "10000").finish().code()).isZero();

        Run run = startWith(cfg, "charge", "1200", "--cash", "2000").finish();

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("PAID in cash ¥1,200, tendered ¥2,000").contains("CHANGE ¥800");
        assertThat(todaysSales()).singleElement().satisfies(s -> {
            assertThat(s.tenders()).containsExactly(new CashTender(1200, 2000));
            assertThat(s.payPayTender()).isEmpty();
        });
        assertThat(payments()).as("no PayPay payment for cash").isEmpty();
        waiting().until(() -> pulses() == 1);
        assertThat(journal.till().figures(journal.till().openSession().orElseThrow()).expectedCash())
                .isEqualTo(11_200);
    }

    @Test
    @DisplayName("with items and take-out, exact cash: change ¥0; the receipt prints when printer.autoPrint=always"
            + " and never pulses the drawer a second time")
    void itemsAndReceipt() throws Exception {
        Path cfg = withDrawer("printer.autoPrint=always\n");

        Run run = startWith(cfg, "charge", "--item", "Bento=540@8", "--take-out", "--cash", "540").finish();

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("8%: ¥540 (tax ¥40)").contains("CHANGE ¥0");
        waiting().until(() -> printer.jobs().size() == 2);
        assertThat(pulses()).isEqualTo(1);
        assertThat(journal.findSaleReceipt(todaysSales().get(0).id())).isPresent();
    }

    @Test
    @DisplayName("too little cash, or --cash with --pre-authorize, is refused and journals nothing")
    void refused() throws Exception {
        Path cfg = withDrawer("");

        Run shortRun = startWith(cfg, "charge", "1200", "--cash", "1000").finish();
        Run both = startWith(cfg, "charge", "1200", "--cash", "2000", "--pre-authorize").finish();
        Run bad = startWith(cfg, "charge", "1200", "--cash", "2,000").finish();

        assertThat(shortRun.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(shortRun.err()).contains("¥1,000 tendered is ¥200 short of the total ¥1,200; nothing was taken");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--cash and --pre-authorize exclude each other");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'2,000' is not an amount in yen");
        assertThat(todaysSales()).isEmpty();
        assertThat(pulses()).isZero();
    }

    @Test
    @DisplayName("the printer off: the sale stands (exit 0) and the cashier is told to open the drawer by key")
    void drawerShut() throws Exception {
        Path cfg = withDrawer("");
        printer.close();

        Run run = startWith(cfg, "charge", "700", "--cash", "1000").finish();

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("CHANGE ¥300");
        assertThat(run.err()).contains("The drawer did not open").contains("open it with its key");
        assertThat(todaysSales()).hasSize(1);
    }
}
