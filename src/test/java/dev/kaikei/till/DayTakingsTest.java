package dev.kaikei.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.accounting.AccountingExport;
import dev.kaikei.accounting.DayTakings;
import dev.kaikei.accounting.EntryFormat;
import dev.kaikei.accounting.EntryLine;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TenderKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day's takings per tender and tax rate from the real journal (simulator, engine, printer with drawer): what the
 * accounting export books and End of day shows. Every sale is LUNCH: ¥1,080 at 8% (tax ¥80) and ¥200 at 10% (¥18).
 */
@DisplayName("a day's takings per tender and tax rate, and its journal entries")
class DayTakingsTest {

    @TempDir
    Path dir;

    CashCounter counter;
    AccountingExport accounting;
    LocalDate today;

    @BeforeEach
    void open() {
        counter = new CashCounter(dir);
        accounting = new AccountingExport(counter.shop.journal);
        today = BusinessDay.today(counter.shop.sim.clock()).date();
    }

    @AfterEach
    void close() {
        counter.close();
    }

    /** Cash, PayPay, a split sale paid, a split sale declined, a PayPay refund and a cash refund. */
    private void aDay() {
        long cashSale = counter.cash.sell(CashCounter.LUNCH, 2_000).sale().id();
        Checkout paypay = counter.shop.engine.start(ChargeRequest.forSale(CashCounter.LUNCH, List.of()));
        await().atMost(Duration.ofSeconds(15)).until(() -> paypay.status().qrUrl().isPresent());
        counter.pay(paypay);
        Checkout split = counter.split(CashCounter.LUNCH, 1_000);
        counter.pay(split);
        Checkout declined = counter.split(CashCounter.LUNCH, 500);
        counter.shop.sim.declineCode(counter.shop.journal.findPayment(declined.merchantPaymentId()).orElseThrow()
                .codeId());
        await().atMost(Duration.ofSeconds(15)).until(() -> declined.status().phase().isFinished());
        assertThat(declined.status().phase()).isNotEqualTo(CheckoutPhase.PAID);
        ActionResult refund = counter.shop.engine.refund(split.merchantPaymentId(), 280, "returned");
        assertThat(refund).isNotInstanceOf(ActionResult.Refused.class);
        // PayPay accepts the refund and completes it ~2 s later; the reconciler (as the app runs it) settles it.
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
            counter.shop.engine.reconcileNow();
            return counter.shop.journal.findPayment(split.merchantPaymentId()).orElseThrow().state()
                    == PaymentState.REFUNDED;
        });
        counter.cash.refund(cashSale, 200, "towel");
    }

    @Test
    @DisplayName("cash and PayPay per rate; a split sale's tenders share its rates and add up to its own totals;"
            + " a declined split sale counts nothing; refunds by tender")
    void perTenderAndRate() {
        aDay();

        DayTakings d = accounting.takings(today);

        // The split's ¥1,000 cash shares 1080:200 -> 844 + 156 (the odd yen to the larger remainder); PayPay the rest.
        assertThat(d.sold(TenderKind.CASH, TaxRate.REDUCED_8).gross()).isEqualTo(1_080 + 844);
        assertThat(d.sold(TenderKind.CASH, TaxRate.STANDARD_10).gross()).isEqualTo(200 + 156);
        assertThat(d.sold(TenderKind.PAYPAY, TaxRate.REDUCED_8).gross()).isEqualTo(1_080 + 236);
        assertThat(d.sold(TenderKind.PAYPAY, TaxRate.STANDARD_10).gross()).isEqualTo(200 + 44);
        assertThat(d.sold(TenderKind.CASH, TaxRate.REDUCED_8).count()).isEqualTo(2);
        assertThat(d.sold(TenderKind.CASH) + d.sold(TenderKind.PAYPAY)).as("three sales of ¥1,280").isEqualTo(3_840);
        long tax = d.sales().values().stream().mapToLong(DayTakings.Amount::tax).sum();
        assertThat(tax).as("the sales' own tax, three times ¥98").isEqualTo(3 * 98);

        assertThat(d.refunded(TenderKind.PAYPAY, TaxRate.REDUCED_8).gross()).isEqualTo(236);
        assertThat(d.refunded(TenderKind.PAYPAY, TaxRate.STANDARD_10).gross()).isEqualTo(44);
        assertThat(d.refunded(TenderKind.CASH)).isEqualTo(200);
        assertThat(d.refunded(TenderKind.CASH, TaxRate.REDUCED_8).gross() + d.refunded(TenderKind.CASH,
                TaxRate.STANDARD_10).gross()).isEqualTo(200);
        assertThat(accounting.takings(today.plusDays(1)).sales()).as("nothing the next day").isEmpty();
    }

    @Test
    @DisplayName("journal entries: one balanced sales entry and one refunds entry per day, 現金 and 売掛金/PayPay"
            + " against 売上高 per rate, in each product's tax-category names")
    void entries() {
        aDay();

        List<EntryLine> freee = accounting.entries(today.minusDays(1), today.plusDays(1), EntryFormat.FREEE);

        assertThat(freee).extracting(EntryLine::voucher).containsOnly(1, 2);
        assertThat(freee).filteredOn(l -> l.voucher() == 1).allSatisfy(l -> {
            assertThat(l.creditAccount()).isEqualTo("売上高");
            assertThat(l.debitAccount()).isIn("現金", "売掛金");
            assertThat(l.taxOnDebit()).isFalse();
        }).extracting(EntryLine::amount).containsExactly(356L, 1_924L, 244L, 1_316L).doesNotContain(0L);
        assertThat(freee).filteredOn(l -> l.voucher() == 1).extracting(EntryLine::creditTaxLabel)
                .containsExactly("課税売上10%", "課税売上8%（軽）", "課税売上10%", "課税売上8%（軽）");
        assertThat(freee).filteredOn(l -> l.voucher() == 2).allSatisfy(l -> {
            assertThat(l.debitAccount()).isEqualTo("売上高");
            assertThat(l.taxOnDebit()).isTrue();
        }).extracting(EntryLine::amount).containsExactly(31L, 169L, 44L, 236L);
        assertThat(freee.get(2).debitSub()).isEqualTo("PayPay");
        assertThat(freee.get(1).memo()).contains("現金売上 8%", "(2件)");

        assertThat(accounting.entries(today, today, EntryFormat.MONEYFORWARD)).extracting(EntryLine::creditTaxLabel)
                .contains("課税売上 (軽)8%", "課税売上 10%");
    }

    @Test
    @DisplayName("the CSV export: cash and split sales and cash refunds as rows, every row with its tender and its"
            + " amount per tax rate")
    void csvColumns() throws Exception {
        aDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BusinessDay day = BusinessDay.today(counter.shop.sim.clock());
        counter.shop.journal.exportCsv(day.start(), day.end(), out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = new com.fasterxml.jackson.dataformat
                .csv.CsvMapper().readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        List<String> head = rows.get(0);
        assertThat(head.subList(12, 18)).containsExactly("tender", "amount_10", "tax_10", "amount_8", "tax_8",
                "amount_0");
        // kind, amount, tender, amount_10, amount_8 of each row
        List<String> shown = rows.subList(1, rows.size()).stream().map(r -> String.join(" ", r.get(6), r.get(9),
                r.get(12), r.get(13), r.get(15))).toList();
        assertThat(shown).containsExactlyInAnyOrder(
                "CASH_SALE 1280 CASH 200 1080",        // the cash sale
                "QR 1280 PAYPAY 200 1080",             // the PayPay sale
                "QR 280 SPLIT 44 236",                 // the split's PayPay part ...
                "CASH_SALE 1000 CASH 156 844",         // ... and its cash
                "QR 780 SPLIT 122 658",                // the declined split: its PayPay row (state FAILED), no cash
                "REFUND -280 SPLIT 44 236",            // the PayPay refund of the split's PayPay part
                "CASH_REFUND -200 CASH 31 169");       // cash handed back
    }
}
