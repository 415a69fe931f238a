package dev.kaikei.journal;

import static dev.kaikei.journal.CsvWriter.number;
import static dev.kaikei.journal.CsvWriter.plain;
import static dev.kaikei.journal.CsvWriter.text;

import dev.kaikei.journal.CsvWriter.Cell;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.sale.Tender;
import dev.kaikei.sale.TenderShares;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Exports payments and refunds of a period as CSV (UTF-8 with BOM so Excel in Japan detects it, RFC 4180), one row per
 * payment and one per refund with a negative amount, with the keys of PayPay's daily reconciliation file; then the cash
 * of cash and split sales ({@code CASH_SALE}) and cash handed back ({@code CASH_REFUND}). Each row says its tender
 * ({@code PAYPAY}, {@code SPLIT} for the PayPay part of a part-cash sale, {@code CASH}) and how its amount falls on
 * the tax rates (as {@link TenderShares} shares a split sale; blank for a bare amount rung up without lines). Text
 * from people or PayPay is defused against spreadsheet formula injection; amounts, enum names and times stay plain.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("time_jst", "merchant_payment_id", "merchant_refund_id",
            "paypay_payment_id", "store_id", "terminal_id", "kind", "state", "paypay_status", "amount", "description",
            "request_id", "tender", "amount_10", "tax_10", "amount_8", "tax_8", "amount_0");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CsvExport() {
    }

    /** One exported line, kept with its time so payments and refunds can be merged in time order. */
    private record Line(Instant time, long order, List<Cell> fields) {
    }

    /**
     * Writes payments of [from, to) — by acceptedAt when paid (PayPay's date of the sale), else createdAt — and refund
     * operations requested in [from, to) (timed by their createdAt). A refund subtracts its amount only once PayPay
     * confirmed it; one still open or refused is listed with its state and 0. Returns the number of data rows.
     */
    static int write(Connection c, Instant from, Instant to, OutputStream stream) throws SQLException, IOException {
        List<Line> lines = new ArrayList<>();
        // A sale is PayPay's acceptance; the code was shown a few minutes earlier at most (QR codes expire), so the
        // created_at index bounds the scan.
        for (PaymentRecord p : PaymentTable.where(c, "WHERE p.created_at >= ? AND p.created_at < ? "
                + "AND coalesce(p.accepted_at, p.created_at) >= ? AND coalesce(p.accepted_at, p.created_at) < ? "
                + "ORDER BY p.id", from.minus(Reports.ACCEPTANCE_LAG), to, from, to)) {
            Instant time = p.acceptedAt() != null ? p.acceptedAt() : p.createdAt();
            lines.add(new Line(time, p.id() * 2, row(List.of(jst(time), text(p.merchantPaymentId()), text(null),
                    text(p.paypayPaymentId()), text(p.storeId()), text(p.terminalId()), plain(p.kind().name()),
                    plain(p.state().name()), text(p.paypayStatus()), number(p.amount()), text(p.description()),
                    text(p.lastRequestId())), payPayColumns(c, p, p.amount()))));
        }
        String refunds = "WHERE o.kind = 'REFUND' AND o.created_at >= ? AND o.created_at < ? ORDER BY o.id";
        for (OperationRecord o : OperationTable.where(c, refunds, from, to)) {
            PaymentRecord p = PaymentTable.byId(c, o.paymentId()).orElseThrow();
            lines.add(new Line(o.createdAt(), o.id() * 2 + 1, row(List.of(jst(o.createdAt()),
                    text(p.merchantPaymentId()), text(o.merchantOperationId()), text(p.paypayPaymentId()),
                    text(p.storeId()), text(p.terminalId()), plain(o.kind().name()), plain(o.state().name()),
                    text(o.paypayStatus()), number(o.state() == OperationState.SUCCEEDED ? -o.amount() : 0),
                    text(o.reason()), text(o.lastRequestId())), payPayColumns(c, p,
                    o.state() == OperationState.SUCCEEDED ? o.amount() : 0))));
        }
        cashRows(c, from, to, lines);
        lines.sort(Comparator.comparing(Line::time).thenComparingLong(Line::order));
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CsvWriter csv = new CsvWriter(writer);
        csv.row(HEADER.stream().map(CsvWriter::plain).toList());
        for (Line line : lines) {
            csv.row(line.fields());
        }
        writer.flush();
        return lines.size();
    }

    /**
     * The cash of cash sales (and of split sales whose PayPay part was paid) and the cash handed back. Ordered after
     * the PayPay rows of the same moment by an order past any payment's.
     */
    private static void cashRows(Connection c, Instant from, Instant to, List<Line> lines) throws SQLException {
        for (SaleRecord s : SaleTable.createdBetween(c, from, to)) {
            long cash = cashOf(s);
            Optional<PaymentRecord> paypay = s.payPayTender().isEmpty() ? Optional.empty()
                    : PaymentTable.byMerchantId(c, s.payPayTender().get().merchantPaymentId());
            if (cash == 0 || paypay.map(p -> !p.state().wasPaid()).orElse(false)) {
                continue; // nothing in cash, or the cash went back when its PayPay part failed (unknown: not yet)
            }
            lines.add(new Line(s.createdAt(), Long.MAX_VALUE / 2 + s.id() * 2, row(List.of(jst(s.createdAt()),
                    text(paypay.map(PaymentRecord::merchantPaymentId).orElse(null)), text(null), text(null), text(null),
                    text(s.terminalId()), plain("CASH_SALE"), plain("COMPLETED"), text(null), number(cash), text(null),
                    text(null)), rateColumns("CASH", shares(s).cash()))));
        }
        for (CashRefundRecord r : CashTable.refunds(c, "WHERE created_at >= ? AND created_at < ? ORDER BY id", from,
                to)) {
            SaleRecord s = SaleTable.byId(c, r.saleId()).orElseThrow();
            lines.add(new Line(r.createdAt(), Long.MAX_VALUE / 2 + r.id() * 2 + 1, row(List.of(jst(r.createdAt()),
                    text(null), text(null), text(null), text(null), text(r.terminalId()), plain("CASH_REFUND"),
                    plain("SUCCEEDED"), text(null), number(-r.amount()), text(r.reason()), text(null)),
                    rateColumns("CASH", TenderShares.part(shares(s).cash(), r.amount(), rounding(s))))));
        }
    }

    /** Tender and rate columns of {@code yen} of a PayPay payment: its part of the sale, blank rates without one. */
    private static List<Cell> payPayColumns(Connection c, PaymentRecord p, long yen) throws SQLException {
        Optional<SaleRecord> sale = SaleTable.byPayment(c, p.merchantPaymentId());
        if (sale.isEmpty()) {
            return rateColumns("PAYPAY", null);
        }
        SaleRecord s = sale.get();
        String tender = cashOf(s) > 0 ? "SPLIT" : "PAYPAY";
        SaleTotals side = shares(s).paypay();
        return rateColumns(tender, yen <= 0 ? new SaleTotals(List.of(), 0) : TenderShares.part(side, yen,
                rounding(s)));
    }

    private static List<Cell> rateColumns(String tender, SaleTotals rates) {
        List<Cell> cells = new ArrayList<>(List.of(plain(tender)));
        for (TaxRate rate : TaxRate.values()) {
            Optional<RateTotal> r = rates == null ? Optional.empty() : rates.at(rate);
            cells.add(rates == null ? plain("") : number(r.map(RateTotal::gross).orElse(0L)));
            if (rate != TaxRate.NONE) {
                cells.add(rates == null ? plain("") : number(r.map(RateTotal::tax).orElse(0L)));
            }
        }
        return cells;
    }

    private static List<Cell> row(List<Cell> first, List<Cell> more) {
        List<Cell> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    private static TenderShares shares(SaleRecord s) {
        return TenderShares.of(s.totals(), cashOf(s), rounding(s));
    }

    private static TaxRounding rounding(SaleRecord s) {
        return s.sale().policy().rounding();
    }

    private static long cashOf(SaleRecord s) {
        return s.tenders().stream().filter(t -> t instanceof CashTender).mapToLong(Tender::amount).sum();
    }

    private static Cell jst(Instant time) {
        return plain(TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(BusinessDay.ZONE)));
    }
}
