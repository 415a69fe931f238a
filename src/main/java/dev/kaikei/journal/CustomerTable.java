package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL of the customers table (PayPay users linked for direct debit). */
final class CustomerTable {

    static final String SELECT = "SELECT id, reference, phone, user_authorization_id, link_nonce, status, created_at, "
            + "updated_at FROM customers ";

    private CustomerTable() {
    }

    static long insert(Connection c, String reference, String phone, String linkNonce, Instant now)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO customers (reference, phone, link_nonce, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", reference, phone, linkNonce, CustomerStatus.LINKING, now, now);
    }

    static Optional<CustomerRecord> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + "WHERE id = ?", CustomerTable::map, id);
    }

    static List<CustomerRecord> where(Connection c, String condition, Object... params) throws SQLException {
        return Sql.list(c, SELECT + condition, CustomerTable::map, params);
    }

    /** Runs {@code UPDATE customers SET <assignments>, updated_at = now WHERE id = id}. */
    static int update(Connection c, long id, Instant now, String assignments, Object... params) throws SQLException {
        Object[] all = Arrays.copyOf(params, params.length + 2);
        all[params.length] = now;
        all[params.length + 1] = id;
        return Sql.update(c, "UPDATE customers SET " + assignments + ", updated_at = ? WHERE id = ?", all);
    }

    static CustomerRecord map(ResultSet rs) throws SQLException {
        return new CustomerRecord(rs.getLong("id"), rs.getString("reference"), rs.getString("phone"),
                rs.getString("user_authorization_id"), rs.getString("link_nonce"),
                Sql.enumOf(rs, "status", CustomerStatus.class), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
