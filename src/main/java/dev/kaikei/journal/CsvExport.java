package dev.kaikei.journal;

import static dev.kaikei.journal.CsvWriter.number;
import static dev.kaikei.journal.CsvWriter.plain;
import static dev.kaikei.journal.CsvWriter.text;

import dev.kaikei.journal.CsvWriter.Cell;
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

/**
 * Exports payments and refunds of a period as CSV (UTF-8 with BOM so Excel in Japan detects it, RFC 4180), one row per
 * payment and one per refund with a negative amount, with the keys of PayPay's daily reconciliation file. Text from
 * people or PayPay is defused against spreadsheet formula injection; amounts, enum names and times stay plain.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("time_jst", "merchant_payment_id", "merchant_refund_id",
            "paypay_payment_id", "store_id", "terminal_id", "kind", "state", "paypay_status", "amount", "description",
            "request_id");
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
            lines.add(new Line(time, p.id() * 2, List.of(jst(time), text(p.merchantPaymentId()), text(null),
                    text(p.paypayPaymentId()), text(p.storeId()), text(p.terminalId()), plain(p.kind().name()),
                    plain(p.state().name()), text(p.paypayStatus()), number(p.amount()), text(p.description()),
                    text(p.lastRequestId()))));
        }
        String refunds = "WHERE o.kind = 'REFUND' AND o.created_at >= ? AND o.created_at < ? ORDER BY o.id";
        for (OperationRecord o : OperationTable.where(c, refunds, from, to)) {
            PaymentRecord p = PaymentTable.byId(c, o.paymentId()).orElseThrow();
            lines.add(new Line(o.createdAt(), o.id() * 2 + 1, List.of(jst(o.createdAt()),
                    text(p.merchantPaymentId()), text(o.merchantOperationId()), text(p.paypayPaymentId()),
                    text(p.storeId()), text(p.terminalId()), plain(o.kind().name()), plain(o.state().name()),
                    text(o.paypayStatus()), number(o.state() == OperationState.SUCCEEDED ? -o.amount() : 0),
                    text(o.reason()), text(o.lastRequestId()))));
        }
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

    private static Cell jst(Instant time) {
        return plain(TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(BusinessDay.ZONE)));
    }
}
