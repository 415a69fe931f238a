package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the payments table: insert, compare-and-set transition, derived totals and lookups. */
final class PaymentTable {

    static final String COLUMNS = "p.id, p.merchant_payment_id, p.kind, p.amount, p.description, p.store_id, "
            + "p.terminal_id, p.customer_reference, p.user_authorization_id, p.code_id, p.qr_url, p.deeplink, "
            + "p.expires_at, p.paypay_payment_id, p.state, p.paypay_status, p.accepted_at, p.created_at, "
            + "p.updated_at, p.last_request_id, p.attention, p.refunded_total, p.captured_amount";
    static final String SELECT = "SELECT " + COLUMNS + " FROM payments p ";

    private PaymentTable() {
    }

    static long insert(Connection c, NewPayment p, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO payments (merchant_payment_id, kind, amount, description, store_id, "
                        + "terminal_id, customer_reference, user_authorization_id, state, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.merchantPaymentId(), p.kind(), p.amount(), p.description(), p.storeId(), p.terminalId(),
                p.customerReference(), p.userAuthorizationId(), PaymentState.CREATING, now, now);
    }

    static boolean exists(Connection c, String merchantPaymentId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM payments WHERE merchant_payment_id = ?", merchantPaymentId) > 0;
    }

    static Optional<PaymentRecord> byMerchantId(Connection c, String merchantPaymentId) throws SQLException {
        return Sql.one(c, SELECT + "WHERE p.merchant_payment_id = ?", PaymentTable::map, merchantPaymentId);
    }

    static Optional<PaymentRecord> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + "WHERE p.id = ?", PaymentTable::map, id);
    }

    static List<PaymentRecord> where(Connection c, String condition, Object... params) throws SQLException {
        return Sql.list(c, SELECT + condition, PaymentTable::map, params);
    }

    static void apply(Connection c, long id, PaymentChange ch, Instant now) throws SQLException {
        Sql.update(c, "UPDATE payments SET state = coalesce(?, state), paypay_status = coalesce(?, paypay_status), "
                        + "paypay_payment_id = coalesce(?, paypay_payment_id), code_id = coalesce(?, code_id), "
                        + "qr_url = coalesce(?, qr_url), deeplink = coalesce(?, deeplink), "
                        + "expires_at = coalesce(?, expires_at), accepted_at = coalesce(?, accepted_at), "
                        + "last_request_id = coalesce(?, last_request_id), "
                        + "attention = CASE WHEN ? THEN ? ELSE attention END, updated_at = ? WHERE id = ?",
                ch.state(), ch.paypayStatus(), ch.paypayPaymentId(), ch.codeId(), ch.qrUrl(), ch.deeplink(),
                ch.expiresAt(), ch.acceptedAt(), ch.lastRequestId(), ch.attentionSet(), ch.attention(), now, id);
    }

    /** Refunded total and captured amount are sums of SUCCEEDED operations, so they can never disagree with them. */
    static void recomputeTotals(Connection c, long id) throws SQLException {
        Sql.update(c, "UPDATE payments SET "
                + "refunded_total = (SELECT coalesce(sum(amount), 0) FROM operations "
                + "    WHERE payment_id = ?1 AND kind = 'REFUND' AND state = 'SUCCEEDED'), "
                + "captured_amount = (SELECT coalesce(sum(amount), 0) FROM operations "
                + "    WHERE payment_id = ?1 AND kind = 'CAPTURE' AND state = 'SUCCEEDED') "
                + "WHERE id = ?1", id);
    }

    static PaymentRecord map(ResultSet rs) throws SQLException {
        return new PaymentRecord(rs.getLong("id"), rs.getString("merchant_payment_id"),
                Sql.enumOf(rs, "kind", PaymentKind.class), rs.getLong("amount"), rs.getString("description"),
                rs.getString("store_id"), rs.getString("terminal_id"), rs.getString("customer_reference"),
                rs.getString("user_authorization_id"), rs.getString("code_id"), rs.getString("qr_url"),
                rs.getString("deeplink"), Sql.instant(rs, "expires_at"), rs.getString("paypay_payment_id"),
                Sql.enumOf(rs, "state", PaymentState.class), rs.getString("paypay_status"),
                Sql.instant(rs, "accepted_at"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getString("last_request_id"), rs.getString("attention"), rs.getLong("refunded_total"),
                rs.getLong("captured_amount"));
    }
}
