package dev.kaikei.journal;

import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.sale.Tender;
import dev.kaikei.sale.TenderKind;
import dev.kaikei.sale.Tenders;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the sales tables: a sale with its lines, per-rate totals and tenders, written and read as one. */
final class SaleTable {

    private SaleTable() {
    }

    /**
     * Inserts the sale, its lines, its totals and its tenders; {@code payPay} (with its payment row id) is appended as
     * the last tender when the sale is journaled with its payment.
     */
    static long insert(Connection c, NewSale s, PayPayLink payPay, Instant now) throws SQLException {
        Sale sale = s.sale();
        SaleTotals totals = sale.totals();
        List<Tender> tenders = new ArrayList<>(s.tenders());
        if (payPay != null) {
            tenders.add(payPay.tender());
        }
        Tenders.requireSettles(totals.total(), tenders);
        long id = Sql.insert(c, "INSERT INTO sales (terminal_id, service_mode, pricing, rounding, total, tax, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", s.terminalId(), sale.serviceMode(),
                sale.policy().pricing(), sale.policy().rounding(), totals.total(), totals.tax(), now);
        int no = 0;
        for (SaleLine line : sale.lines()) {
            Sql.update(c, "INSERT INTO sale_lines (sale_id, line_no, code, name, unit_price, quantity, category, "
                            + "tax_rate, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, ++no, line.code(),
                    line.name(), line.unitPrice(), line.quantity(), line.category(),
                    line.rateIn(sale.serviceMode()).percent(), line.amount());
        }
        for (RateTotal r : totals.rates()) {
            Sql.update(c, "INSERT INTO sale_rates (sale_id, tax_rate, gross, net, tax) VALUES (?, ?, ?, ?, ?)", id,
                    r.rate().percent(), r.gross(), r.net(), r.tax());
        }
        int seq = 0;
        for (Tender t : tenders) {
            Long paymentId = null;
            if (t instanceof PayPayTender p) {
                paymentId = payPay != null && p == payPay.tender() ? payPay.paymentRowId()
                        : PaymentTable.byMerchantId(c, p.merchantPaymentId()).map(PaymentRecord::id).orElseThrow(
                                () -> new IllegalArgumentException("no payment " + p.merchantPaymentId()
                                        + " in the journal for the sale's PayPay tender"));
            }
            long received = t instanceof CashTender cash ? cash.received() : t.amount();
            Sql.update(c, "INSERT INTO sale_tenders (sale_id, seq, kind, amount, received, payment_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, ++seq, t.kind(), t.amount(), received, paymentId);
        }
        return id;
    }

    /** A PayPay tender journaled together with its payment row. */
    record PayPayLink(PayPayTender tender, long paymentRowId) {
    }

    static Optional<SaleRecord> byId(Connection c, long id) throws SQLException {
        Optional<Header> header = Sql.one(c, "SELECT id, terminal_id, service_mode, pricing, rounding, total, "
                + "created_at FROM sales WHERE id = ?", SaleTable::header, id);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(load(c, header.get()));
    }

    static Optional<SaleRecord> byPayment(Connection c, String merchantPaymentId) throws SQLException {
        Optional<Long> id = Sql.one(c, "SELECT t.sale_id FROM sale_tenders t JOIN payments p ON p.id = t.payment_id "
                + "WHERE p.merchant_payment_id = ?", rs -> rs.getLong(1), merchantPaymentId);
        return id.isEmpty() ? Optional.empty() : byId(c, id.get());
    }

    static List<SaleRecord> createdBetween(Connection c, Instant from, Instant to) throws SQLException {
        List<Header> headers = Sql.list(c, "SELECT id, terminal_id, service_mode, pricing, rounding, total, "
                + "created_at FROM sales WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id",
                SaleTable::header, from, to);
        List<SaleRecord> sales = new ArrayList<>();
        for (Header h : headers) {
            sales.add(load(c, h));
        }
        return sales;
    }

    private record Header(long id, String terminalId, ServiceMode mode, TaxPolicy policy, long total,
                          Instant createdAt) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getString("terminal_id"),
                Sql.enumOf(rs, "service_mode", ServiceMode.class),
                new TaxPolicy(Sql.enumOf(rs, "pricing", TaxPricing.class),
                        Sql.enumOf(rs, "rounding", TaxRounding.class)),
                rs.getLong("total"), Sql.instant(rs, "created_at"));
    }

    private static SaleRecord load(Connection c, Header h) throws SQLException {
        List<SaleLine> lines = Sql.list(c, "SELECT code, name, unit_price, quantity, category FROM sale_lines "
                        + "WHERE sale_id = ? ORDER BY line_no",
                rs -> new SaleLine(rs.getString("code"), rs.getString("name"), rs.getLong("unit_price"),
                        rs.getInt("quantity"), Sql.enumOf(rs, "category", TaxCategory.class)), h.id());
        List<RateTotal> rates = Sql.list(c, "SELECT tax_rate, gross, net, tax FROM sale_rates WHERE sale_id = ? "
                        + "ORDER BY tax_rate DESC",
                rs -> new RateTotal(TaxRate.ofPercent(rs.getInt("tax_rate")), rs.getLong("gross"), rs.getLong("net"),
                        rs.getLong("tax")), h.id());
        List<Tender> tenders = Sql.list(c, "SELECT t.kind, t.amount, t.received, p.merchant_payment_id, "
                        + "p.paypay_payment_id FROM sale_tenders t LEFT JOIN payments p ON p.id = t.payment_id "
                        + "WHERE t.sale_id = ? ORDER BY t.seq", SaleTable::tender, h.id());
        return new SaleRecord(h.id(), new Sale(lines, h.mode(), h.policy()), new SaleTotals(rates, h.total()),
                tenders, h.terminalId(), h.createdAt());
    }

    private static Tender tender(ResultSet rs) throws SQLException {
        TenderKind kind = Sql.enumOf(rs, "kind", TenderKind.class);
        return switch (kind) {
            case PAYPAY -> new PayPayTender(rs.getLong("amount"), rs.getString("merchant_payment_id"),
                    rs.getString("paypay_payment_id"));
            case CASH -> new CashTender(rs.getLong("amount"), rs.getLong("received"));
        };
    }
}
