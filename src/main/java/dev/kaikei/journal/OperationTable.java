package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the operations table (refund, cancel, capture, revert, code delete). */
final class OperationTable {

    static final String SELECT = "SELECT o.id, o.payment_id, p.merchant_payment_id, o.kind, o.merchant_operation_id, "
            + "o.amount, o.reason, o.state, o.paypay_status, o.result_code, o.created_at, o.updated_at, "
            + "o.last_request_id FROM operations o JOIN payments p ON p.id = o.payment_id ";

    private OperationTable() {
    }

    static long insert(Connection c, long paymentId, NewOperation op, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO operations (payment_id, kind, merchant_operation_id, amount, reason, state, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                paymentId, op.kind(), op.merchantOperationId(), op.amount(), op.reason(), OperationState.PENDING,
                now, now);
    }

    static boolean merchantIdExists(Connection c, String merchantOperationId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM operations WHERE merchant_operation_id = ?",
                merchantOperationId) > 0;
    }

    static Optional<OperationRecord> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + "WHERE o.id = ?", OperationTable::map, id);
    }

    static Optional<OperationRecord> byMerchantId(Connection c, String merchantOperationId) throws SQLException {
        return Sql.one(c, SELECT + "WHERE o.merchant_operation_id = ?", OperationTable::map, merchantOperationId);
    }

    static List<OperationRecord> where(Connection c, String condition, Object... params) throws SQLException {
        return Sql.list(c, SELECT + condition, OperationTable::map, params);
    }

    static void apply(Connection c, long id, OperationChange ch, Instant now) throws SQLException {
        Sql.update(c, "UPDATE operations SET state = coalesce(?, state), paypay_status = coalesce(?, paypay_status), "
                        + "result_code = coalesce(?, result_code), last_request_id = coalesce(?, last_request_id), "
                        + "updated_at = ? WHERE id = ?",
                ch.state(), ch.paypayStatus(), ch.resultCode(), ch.lastRequestId(), now, id);
    }

    static OperationRecord map(ResultSet rs) throws SQLException {
        return new OperationRecord(rs.getLong("id"), rs.getLong("payment_id"), rs.getString("merchant_payment_id"),
                Sql.enumOf(rs, "kind", OperationKind.class), rs.getString("merchant_operation_id"),
                rs.getLong("amount"), rs.getString("reason"), Sql.enumOf(rs, "state", OperationState.class),
                rs.getString("paypay_status"), rs.getString("result_code"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getString("last_request_id"));
    }
}
