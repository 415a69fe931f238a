package dev.kaikei.journal;

import static dev.kaikei.journal.JournalFixture.T0;
import static dev.kaikei.journal.JournalFixture.count;
import static dev.kaikei.journal.JournalFixture.options;
import static dev.kaikei.journal.JournalFixture.qr;
import static dev.kaikei.journal.JournalFixture.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TaxRounding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Sales in the journal")
class SaleJournalTest extends JournalTestSupport {

    static final SaleLine COFFEE = new SaleLine("coffee", "コーヒー", 330, 2, TaxCategory.REDUCED);
    static final SaleLine BAG = new SaleLine("bag", "レジ袋", 5, 1, TaxCategory.STANDARD);
    static final SaleLine STAMP = SaleLine.of("切手", 110, TaxCategory.NON_TAXABLE);

    static Sale takeOut() {
        return Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT, COFFEE, BAG, STAMP);
    }

    @Test
    @DisplayName("a payment and its sale are committed together: lines, rates, per-rate totals, tax and the PayPay tender")
    void insertWithPayment() {
        Sale sale = takeOut();
        PaymentRecord p = journal.insertPayment(qr("m-1", sale.total()), NewSale.paidByPayPay(sale, "till-1"));
        assertThat(p.state()).isEqualTo(PaymentState.CREATING);

        SaleRecord saved = journal.findSaleForPayment("m-1").orElseThrow();
        assertThat(saved.sale()).isEqualTo(sale);
        assertThat(saved.totals()).isEqualTo(sale.totals());
        assertThat(saved.totals().rates()).containsExactly(
                new RateTotal(TaxRate.STANDARD_10, 5, 5, 0),
                new RateTotal(TaxRate.REDUCED_8, 660, 612, 48),
                new RateTotal(TaxRate.NONE, 110, 110, 0));
        assertThat(saved.tenders()).containsExactly(new PayPayTender(775, "m-1", null));
        assertThat(saved.terminalId()).isEqualTo("till-1");
        assertThat(saved.createdAt()).isEqualTo(T0);
        assertThat(journal.findSale(saved.id())).contains(saved);
        assertThat(journal.salesOn(BusinessDay.of(T0))).containsExactly(saved);
    }

    @Test
    @DisplayName("rows hold the rate each line was taxed at, so other programs read the journal without our code")
    void rawRows() throws Exception {
        journal.insertPayment(qr("m-1", takeOut().total()), NewSale.paidByPayPay(takeOut(), "till-1"));
        try (Connection c = raw(file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT name, quantity, tax_rate, amount FROM sale_lines ORDER BY line_no")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("コーヒー");
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getInt(3)).isEqualTo(8);
            assertThat(rs.getLong(4)).isEqualTo(660);
        }
        try (Connection c = raw(file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT s.total, s.tax, t.kind, p.merchant_payment_id FROM sales s "
                     + "JOIN sale_tenders t ON t.sale_id = s.id JOIN payments p ON p.id = t.payment_id")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(775);
            assertThat(rs.getLong(2)).isEqualTo(48);
            assertThat(rs.getString(3)).isEqualTo("PAYPAY");
            assertThat(rs.getString(4)).isEqualTo("m-1");
        }
    }

    @Test
    @DisplayName("the tax policy the sale was priced under is kept with it")
    void policyKept() {
        Sale sale = Sale.of(ServiceMode.EAT_IN, new TaxPolicy(TaxPricing.EXCLUSIVE, TaxRounding.HALF_UP), COFFEE);
        journal.insertPayment(qr("m-1", sale.total()), NewSale.paidByPayPay(sale, null));
        assertThat(journal.findSaleForPayment("m-1").orElseThrow().sale().policy())
                .isEqualTo(new TaxPolicy(TaxPricing.EXCLUSIVE, TaxRounding.HALF_UP));
        assertThat(journal.findSaleForPayment("m-1").orElseThrow().totals().total()).isEqualTo(726);
    }

    @Nested
    @DisplayName("nothing is written when")
    class Refused {

        @Test
        @DisplayName("the payment's amount is not what is left to pay of the sale")
        void amountMismatch() throws Exception {
            assertThatThrownBy(() -> journal.insertPayment(qr("m-1", 774), NewSale.paidByPayPay(takeOut(), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("¥775 left to pay");
            assertThat(count(file, "payments")).isZero();
            assertThat(count(file, "sales")).isZero();
        }

        @Test
        @DisplayName("the merchant id is taken: neither the payment nor the sale is written")
        void duplicateId() throws Exception {
            journal.insertPayment(qr("m-1", 500));
            assertThatThrownBy(() -> journal.insertPayment(qr("m-1", 775), NewSale.paidByPayPay(takeOut(), null)))
                    .isInstanceOf(DuplicateIdException.class);
            assertThat(count(file, "payments")).isEqualTo(1);
            assertThat(count(file, "sales")).isZero();
            assertThat(count(file, "sale_lines")).isZero();
        }

        @Test
        @DisplayName("a cash sale's tenders do not pay its total")
        void cashShort() throws Exception {
            assertThatThrownBy(() -> journal.insertSale(new NewSale(takeOut(), "till-1",
                    List.of(new CashTender(700, 1000))))).hasMessageContaining("pay ¥700 of the total ¥775");
            assertThat(count(file, "sales")).isZero();
        }
    }

    @Test
    @DisplayName("split: cash pays part, PayPay the rest; both tenders are kept in order with the change")
    void split() {
        Sale sale = takeOut();
        journal.insertPayment(qr("m-1", 275), new NewSale(sale, "till-1", List.of(new CashTender(500, 1000))));
        SaleRecord saved = journal.findSaleForPayment("m-1").orElseThrow();
        assertThat(saved.tenders()).containsExactly(new CashTender(500, 1000), new PayPayTender(275, "m-1", null));
        assertThat(saved.payPayTender()).contains(new PayPayTender(275, "m-1", null));
    }

    @Test
    @DisplayName("a cash-only sale needs no payment row")
    void cashOnly() {
        SaleRecord saved = journal.insertSale(new NewSale(takeOut(), "till-1", List.of(new CashTender(775, 1000))));
        assertThat(saved.tenders()).containsExactly(new CashTender(775, 1000));
        assertThat(saved.payPayTender()).isEmpty();
    }

    @Test
    @DisplayName("the tender shows PayPay's payment id once the payment has it")
    void paypayIdOnTender() {
        journal.insertPayment(qr("m-1", 775), NewSale.paidByPayPay(takeOut(), null));
        journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId("pp-77"));
        assertThat(journal.findSaleForPayment("m-1").orElseThrow().payPayTender())
                .contains(new PayPayTender(775, "m-1", "pp-77"));
    }

    @Nested
    @DisplayName("a journal of schema version 1")
    class OldJournal {

        @TempDir
        Path oldDir;

        @Test
        @DisplayName("is migrated; its payments stay readable and have no sale; new sales can be added")
        void migrates() throws Exception {
            Path old = oldDir.resolve("v1.db");
            try (Connection c = raw(old); Statement st = c.createStatement();
                 InputStream in = Journal.class.getResourceAsStream("db/V1__init.sql")) {
                st.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                st.executeUpdate("PRAGMA user_version = 1");
                st.executeUpdate("INSERT INTO payments (merchant_payment_id, kind, amount, state, created_at, "
                        + "updated_at) VALUES ('old-1', 'QR', 1200, 'COMPLETED', 1, 1)");
            }
            try (Journal j = Journal.open(old, options(clock))) {
                assertThat(j.pragma("user_version")).isEqualTo(Integer.toString(Journal.schemaVersion()));
                assertThat(j.findPayment("old-1")).get().extracting(PaymentRecord::amount, PaymentRecord::state)
                        .containsExactly(1200L, PaymentState.COMPLETED);
                assertThat(j.findSaleForPayment("old-1")).isEmpty();
                j.insertPayment(qr("m-2", 775), NewSale.paidByPayPay(takeOut(), null));
                assertThat(j.findSaleForPayment("m-2")).isPresent();
            }
        }
    }
}
