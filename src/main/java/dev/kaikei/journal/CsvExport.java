package dev.kaikei.journal;

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
 * payment and one per refund with a negative amount, with the keys of PayPay's daily reconciliation file.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("time_jst", "merchant_payment_id", "merchant_refund_id",
            "paypay_payment_id", "store_id", "terminal_id", "kind", "state", "paypay_status", "amount", "description",
            "request_id");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CsvExport() {
    }

    /** One exported line, kept with its time so payments and refunds can be merged in time order. */
    private record Line(Instant time, long order, List<String> fields) {
    }

    /**
     * Writes payments created in [from, to) (timed by acceptedAt when paid, else createdAt) and refund operations
     * requested in [from, to) (timed by their createdAt). Returns the number of data rows.
     */
    static int write(Connection c, Instant from, Instant to, OutputStream stream) throws SQLException, IOException {
        List<Line> lines = new ArrayList<>();
        for (PaymentRecord p : PaymentTable.where(c, "WHERE p.created_at >= ? AND p.created_at < ? ORDER BY p.id",
                from, to)) {
            Instant time = p.acceptedAt() != null ? p.acceptedAt() : p.createdAt();
            lines.add(new Line(time, p.id() * 2, List.of(format(time), p.merchantPaymentId(), "",
                    nz(p.paypayPaymentId()), nz(p.storeId()), nz(p.terminalId()), p.kind().name(), p.state().name(),
                    nz(p.paypayStatus()), Long.toString(p.amount()), nz(p.description()), nz(p.lastRequestId()))));
        }
        String refunds = "WHERE o.kind = 'REFUND' AND o.created_at >= ? AND o.created_at < ? ORDER BY o.id";
        for (OperationRecord o : OperationTable.where(c, refunds, from, to)) {
            PaymentRecord p = PaymentTable.byId(c, o.paymentId()).orElseThrow();
            lines.add(new Line(o.createdAt(), o.id() * 2 + 1, List.of(format(o.createdAt()), p.merchantPaymentId(),
                    o.merchantOperationId(), nz(p.paypayPaymentId()), nz(p.storeId()), nz(p.terminalId()),
                    o.kind().name(), o.state().name(), nz(o.paypayStatus()), Long.toString(-o.amount()),
                    nz(o.reason()), nz(o.lastRequestId()))));
        }
        lines.sort(Comparator.comparing(Line::time).thenComparingLong(Line::order));
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CsvWriter csv = new CsvWriter(writer);
        csv.row(HEADER);
        for (Line line : lines) {
            csv.row(line.fields());
        }
        writer.flush();
        return lines.size();
    }

    private static String format(Instant time) {
        return TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(BusinessDay.ZONE));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
