package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the PayPay transaction file matches and their differences. */
final class FileMatchTable {

    private FileMatchTable() {
    }

    static long insert(Connection c, NewFileMatch m, Instant now) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO paypay_file_matches (file_name, file_sha256, file_format, business_date, "
                        + "matched_at, line_count, other_terminal_lines, paypay_total, journal_total) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.fileName(), m.fileSha256(), m.format(), m.day().date().toString(), now, m.lineCount(),
                m.otherTerminalLines(), m.paypayTotal(), m.journalTotal());
        for (FileDifference d : m.differences()) {
            Sql.insert(c, "INSERT INTO paypay_file_differences (match_id, kind, line_number, merchant_id, "
                            + "paypay_payment_id, store_id, terminal_id, paypay_status, paypay_amount, payment_state, "
                            + "operation_kind, operation_state, journal_amount) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, d.kind(), d.lineNumber(), d.merchantId(), d.paypayPaymentId(), d.storeId(), d.terminalId(),
                    d.paypayStatus(), d.paypayAmount(), d.paymentState(), d.operationKind(), d.operationState(),
                    d.journalAmount());
        }
        return id;
    }

    static Optional<FileMatchRecord> byId(Connection c, long id) throws SQLException {
        return where(c, "WHERE id = ?", id).stream().findFirst();
    }

    /** The matches kept for a business day, newest first. */
    static List<FileMatchRecord> onDay(Connection c, BusinessDay day) throws SQLException {
        return where(c, "WHERE business_date = ? ORDER BY id DESC", day.date().toString());
    }

    private static List<FileMatchRecord> where(Connection c, String condition, Object... params) throws SQLException {
        List<Head> heads = Sql.list(c, "SELECT * FROM paypay_file_matches " + condition, FileMatchTable::head, params);
        List<FileMatchRecord> records = new ArrayList<>();
        for (Head h : heads) {
            List<FileDifference> differences = Sql.list(c, "SELECT * FROM paypay_file_differences WHERE match_id = ? "
                    + "ORDER BY id", FileMatchTable::difference, h.id());
            records.add(new FileMatchRecord(h.id(), h.matchedAt(), new NewFileMatch(h.fileName(), h.sha256(),
                    h.format(), h.day(), h.lineCount(), h.otherTerminalLines(), h.paypayTotal(), h.journalTotal(),
                    differences)));
        }
        return records;
    }

    /** A match row without its differences. */
    private record Head(long id, String fileName, String sha256, PayPayFileFormat format, BusinessDay day,
                        Instant matchedAt, int lineCount, int otherTerminalLines, long paypayTotal,
                        long journalTotal) {
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                Sql.enumOf(rs, "file_format", PayPayFileFormat.class),
                new BusinessDay(LocalDate.parse(rs.getString("business_date"))), Sql.instant(rs, "matched_at"),
                rs.getInt("line_count"), rs.getInt("other_terminal_lines"), rs.getLong("paypay_total"),
                rs.getLong("journal_total"));
    }

    private static FileDifference difference(ResultSet rs) throws SQLException {
        return new FileDifference(Sql.enumOf(rs, "kind", FileDifference.Kind.class), integer(rs, "line_number"),
                rs.getString("merchant_id"), rs.getString("paypay_payment_id"), rs.getString("store_id"),
                rs.getString("terminal_id"), optionalEnum(rs, "paypay_status", PayPayFileStatus.class),
                longOrNull(rs, "paypay_amount"), optionalEnum(rs, "payment_state", PaymentState.class),
                optionalEnum(rs, "operation_kind", OperationKind.class),
                optionalEnum(rs, "operation_state", OperationState.class), longOrNull(rs, "journal_amount"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E>> E optionalEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
