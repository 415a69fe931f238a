package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of receipts, their per-terminal number sequence and their prints. */
final class ReceiptTable {

    private static final String RECEIPT_COLUMNS = "r.id AS r_id, r.terminal_id, r.number, r.kind, r.sale_id, "
            + "r.operation_id, r.issued_at";
    private static final String PRINT_SELECT = "SELECT " + RECEIPT_COLUMNS + ", pr.id, pr.output, pr.variant, "
            + "pr.reprint, pr.addressee, pr.purpose, pr.state, pr.detail, pr.created_at, pr.updated_at "
            + "FROM receipt_prints pr JOIN receipts r ON r.id = pr.receipt_id ";

    private ReceiptTable() {
    }

    /** The receipt of the sale (or of the return), numbering it now from the terminal's sequence if it has none. */
    static ReceiptRecord issue(Connection c, long saleId, ReceiptKind kind, Long operationId, String terminalId,
                               Instant now) throws SQLException {
        Optional<ReceiptRecord> existing = kind == ReceiptKind.SALE
                ? one(c, "WHERE r.sale_id = ? AND r.kind = 'SALE'", saleId)
                : one(c, "WHERE r.operation_id = ? AND r.kind = 'RETURN'", operationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        long number = nextNumber(c, terminalId);
        long id = Sql.insert(c, "INSERT INTO receipts (terminal_id, number, kind, sale_id, operation_id, issued_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", terminalId, number, kind, saleId, operationId, now);
        return one(c, "WHERE r.id = ?", id).orElseThrow();
    }

    /** Takes the terminal's next receipt number (the counter only goes up, so no number is given twice). */
    static long nextNumber(Connection c, String terminalId) throws SQLException {
        Sql.update(c, "INSERT INTO receipt_counters (terminal_id, last_number) VALUES (?, 1) "
                + "ON CONFLICT (terminal_id) DO UPDATE SET last_number = last_number + 1", terminalId);
        return Sql.count(c, "SELECT last_number FROM receipt_counters WHERE terminal_id = ?", terminalId);
    }

    static Optional<ReceiptRecord> one(Connection c, String condition, Object... params) throws SQLException {
        return Sql.one(c, "SELECT " + RECEIPT_COLUMNS + " FROM receipts r " + condition, ReceiptTable::receipt,
                params);
    }

    static long insertPrint(Connection c, long receiptId, NewPrint p, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO receipt_prints (receipt_id, output, variant, reprint, addressee, purpose, "
                        + "state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", receiptId, p.output(),
                p.variant(), p.reprint(), p.addressee(), p.purpose(), p.state(), now, now);
    }

    static int updatePrint(Connection c, long printId, PrintState state, String detail, Instant now)
            throws SQLException {
        return Sql.update(c, "UPDATE receipt_prints SET state = ?, detail = ?, updated_at = ? WHERE id = ?", state,
                detail, now, printId);
    }

    static List<PrintRecord> prints(Connection c, String condition, Object... params) throws SQLException {
        return Sql.list(c, PRINT_SELECT + condition, ReceiptTable::print, params);
    }

    private static ReceiptRecord receipt(ResultSet rs) throws SQLException {
        long op = rs.getLong("operation_id");
        Long operationId = rs.wasNull() ? null : op;
        return new ReceiptRecord(rs.getLong("r_id"), rs.getString("terminal_id"), rs.getLong("number"),
                Sql.enumOf(rs, "kind", ReceiptKind.class), rs.getLong("sale_id"), operationId,
                Sql.instant(rs, "issued_at"));
    }

    private static PrintRecord print(ResultSet rs) throws SQLException {
        return new PrintRecord(rs.getLong("id"), receipt(rs), Sql.enumOf(rs, "output", PrintOutput.class),
                Sql.enumOf(rs, "variant", ReceiptVariant.class), rs.getInt("reprint") == 1,
                rs.getString("addressee"), rs.getString("purpose"), Sql.enumOf(rs, "state", PrintState.class),
                rs.getString("detail"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
