package dev.kaikei.hq.figures;

import dev.kaikei.sync.wire.SyncedPayment;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** Payment lists of the back office: search across the business, and the unresolved items of every till. */
public final class Payments {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");
    private static final String SELECT = "SELECT t.store_id, t.terminal_id, p.merchant_payment_id, "
            + "p.paypay_payment_id, p.created_at, p.kind, p.amount, p.sale_yen, p.state, p.description, p.attention "
            + "FROM payments p JOIN terminals t ON t.id = p.terminal_ref ";

    private final DataSource db;

    public Payments(DataSource db) {
        this.db = db;
    }

    /** One page of matches, newest first; every value is bound as a parameter, never spliced into the SQL. */
    public List<PaymentRow> search(PaymentQuery q, Scope scope) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE (?::text IS NULL OR t.store_id = ?)");
        List<Object> params = new ArrayList<>();
        params.add(scope.storeOrNull());
        params.add(scope.storeOrNull());
        q.id().ifPresent(id -> {
            // A prefix match on either id (text_pattern_ops indexes); LIKE's wildcards in the input are literals.
            String pattern = id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (p.merchant_payment_id LIKE ? OR p.paypay_payment_id LIKE ?)");
            params.add(pattern);
            params.add(pattern);
        });
        q.amount().ifPresent(a -> {
            sql.append(" AND p.amount = ?");
            params.add(a);
        });
        q.from().ifPresent(d -> {
            sql.append(" AND p.created_at >= ?");
            params.add(startOf(d));
        });
        q.to().ifPresent(d -> {
            sql.append(" AND p.created_at < ?");
            params.add(startOf(d.plusDays(1)));
        });
        sql.append(" ORDER BY p.created_at DESC LIMIT ? OFFSET ?");
        params.add(PaymentQuery.PAGE_SIZE);
        params.add(q.page() * PaymentQuery.PAGE_SIZE);
        return list(sql.toString(), params);
    }

    /** Payments not settled yet or marked for a person's attention, oldest first (at most 500). */
    public List<PaymentRow> unresolved(Scope scope) throws SQLException {
        return list(SELECT + "WHERE (p.open OR p.attention IS NOT NULL) AND (?::text IS NULL OR t.store_id = ?) "
                + "ORDER BY p.created_at LIMIT 500", Arrays.asList(scope.storeOrNull(), scope.storeOrNull()));
    }

    /** Every payment of business days {@code from..to}, oldest first, for the CSV export. */
    public void forEachOn(LocalDate from, LocalDate to, Scope scope, RowConsumer consumer) throws SQLException {
        try (Connection c = db.getConnection()) {
            // A cursor (fetch size needs autocommit off): an export of a busy month never sits in memory at once.
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE p.business_day BETWEEN ? AND ? "
                    + "AND (?::text IS NULL OR t.store_id = ?) ORDER BY p.created_at, t.store_id, t.terminal_id")) {
                ps.setFetchSize(1000);
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                ps.setString(3, scope.storeOrNull());
                ps.setString(4, scope.storeOrNull());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(map(rs));
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Receives export rows. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(PaymentRow row) throws SQLException;
    }

    private List<PaymentRow> list(String sql, List<Object> params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p == null) {
                    // Only the scope's store is ever null here: a typed NULL, as PostgreSQL needs.
                    ps.setNull(i + 1, Types.VARCHAR);
                } else if (p instanceof Timestamp ts) {
                    ps.setTimestamp(i + 1, ts);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            List<PaymentRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        }
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(BUSINESS_ZONE).toInstant());
    }

    private static PaymentRow map(ResultSet rs) throws SQLException {
        return new PaymentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), SyncedPayment.Kind.valueOf(rs.getString(6)), rs.getLong(7),
                rs.getLong(8), SyncedPayment.State.valueOf(rs.getString(9)),
                rs.getString(10), rs.getString(11));
    }
}
