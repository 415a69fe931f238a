package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** SQL of the append-only events table. There is deliberately no update or delete; triggers refuse them too. */
final class EventLog {

    private EventLog() {
    }

    static long append(Connection c, CallEvent e) throws SQLException {
        return Sql.insert(c, "INSERT INTO events (at, operation, merchant_id, http_status, result_code, code_id, "
                        + "outcome, latency_ms, request_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.at(), e.operation(), e.merchantId(), e.httpStatus(), e.resultCode(), e.codeId(), e.outcome(),
                e.latencyMs(), e.requestId(), e.note());
    }

    /** Events of the payment itself and of its operations (by their merchant-side ids), oldest first. */
    static List<CallEvent> forPayment(Connection c, String merchantPaymentId) throws SQLException {
        return Sql.list(c, "SELECT * FROM events WHERE merchant_id = ?1 OR merchant_id IN ("
                        + "SELECT o.merchant_operation_id FROM operations o JOIN payments p ON p.id = o.payment_id "
                        + "WHERE p.merchant_payment_id = ?1 AND o.merchant_operation_id IS NOT NULL) ORDER BY id",
                EventLog::map, merchantPaymentId);
    }

    static List<CallEvent> recent(Connection c, int limit) throws SQLException {
        List<CallEvent> newestFirst = Sql.list(c, "SELECT * FROM events ORDER BY id DESC LIMIT ?", EventLog::map,
                limit);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static CallEvent map(ResultSet rs) throws SQLException {
        return new CallEvent(Sql.instant(rs, "at"), rs.getString("operation"), rs.getString("merchant_id"),
                rs.getInt("http_status"),
                rs.getString("result_code"), rs.getString("code_id"), Sql.enumOf(rs, "outcome", CallOutcome.class),
                rs.getLong("latency_ms"), rs.getString("request_id"), rs.getString("note"));
    }
}
