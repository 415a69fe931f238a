package dev.kaikei.hq.figures;

import dev.kaikei.sync.wire.SyncedTillSession;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sums per store and till for a range of business days, from the per-day partial aggregates the database keeps
 * exact as rows arrive (schema V2), so a year costs no more than a day. Every enrolled till of the scope appears, also
 * with nothing sold (a silent till must show).
 */
public final class Figures {

    private static final String PER_TERMINAL = "WITH p AS ("
            + "  SELECT terminal_ref, sum(sales_count) AS sales_count, sum(sales_yen) AS sales_yen, "
            + "    sum(cancels_yen) AS cancels_yen, sum(open_payments) AS open_payments "
            + "  FROM day_totals WHERE business_day BETWEEN ? AND ? GROUP BY terminal_ref), "
            + "o AS ("
            + "  SELECT terminal_ref, sum(refunds_yen) AS refunds_yen, sum(open_operations) AS open_operations "
            + "  FROM day_refunds WHERE business_day BETWEEN ? AND ? GROUP BY terminal_ref) "
            + "SELECT t.store_id, t.terminal_id, coalesce(p.sales_count, 0), coalesce(p.sales_yen, 0), "
            + "  coalesce(o.refunds_yen, 0), coalesce(p.cancels_yen, 0), "
            + "  coalesce(p.open_payments, 0) + coalesce(o.open_operations, 0), t.last_sync_at "
            + "FROM terminals t LEFT JOIN p ON p.terminal_ref = t.id LEFT JOIN o ON o.terminal_ref = t.id "
            + "WHERE (?::text IS NULL OR t.store_id = ?) "
            + "  AND (t.revoked_at IS NULL OR p.terminal_ref IS NOT NULL OR o.terminal_ref IS NOT NULL) "
            + "ORDER BY t.store_id, t.terminal_id";

    private static final String PER_TENDER = "SELECT d.kind, sum(d.sales_count), sum(d.sales_yen) "
            + "FROM day_totals d JOIN terminals t ON t.id = d.terminal_ref "
            + "WHERE d.business_day BETWEEN ? AND ? AND (?::text IS NULL OR t.store_id = ?) "
            + "GROUP BY d.kind HAVING sum(d.sales_count) > 0 "
            // PayPay tenders of sales are already the payments above; cash is only in the sales (schema V3).
            + "UNION ALL SELECT d.kind, sum(d.tenders_count), sum(d.yen) "
            + "FROM day_tenders d JOIN terminals t ON t.id = d.terminal_ref "
            + "WHERE d.kind = 'CASH' AND d.business_day BETWEEN ? AND ? AND (?::text IS NULL OR t.store_id = ?) "
            + "GROUP BY d.kind HAVING sum(d.tenders_count) > 0 ORDER BY 1";

    private static final String PER_RATE = "SELECT d.tax_rate, sum(d.sales_count), sum(d.gross), sum(d.net), "
            + "sum(d.tax) FROM day_rates d JOIN terminals t ON t.id = d.terminal_ref "
            + "WHERE d.business_day BETWEEN ? AND ? AND (?::text IS NULL OR t.store_id = ?) "
            + "GROUP BY d.tax_rate HAVING sum(d.sales_count) > 0 ORDER BY d.tax_rate DESC";

    /** At most this many sessions are listed (a year of 100 tills would be 36,500). */
    public static final int MAX_CLOSES = 200;
    private static final String CLOSES = "SELECT t.store_id, t.terminal_id, s.business_day, s.state, s.z_number, "
            + "s.counted_cash, s.expected_cash FROM till_sessions s JOIN terminals t ON t.id = s.terminal_ref "
            + "WHERE s.business_day BETWEEN ? AND ? AND (?::text IS NULL OR t.store_id = ?) "
            + "ORDER BY s.business_day DESC, t.store_id, t.terminal_id LIMIT " + MAX_CLOSES;

    private final DataSource db;

    public Figures(DataSource db) {
        this.db = db;
    }

    public PeriodFigures period(LocalDate from, LocalDate to, Scope scope) throws SQLException {
        // The four queries go as one statement: the driver sends them together and PostgreSQL answers with four
        // result sets, so a page costs one round trip to the database instead of four.
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(String.join(";\n", PER_TERMINAL, PER_TENDER, PER_RATE,
                     CLOSES))) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            bindRange(ps, 3, from, to, scope);
            bindRange(ps, 7, from, to, scope);
            bindRange(ps, 11, from, to, scope);
            bindRange(ps, 15, from, to, scope);
            bindRange(ps, 19, from, to, scope);
            ps.execute();
            Map<String, List<TerminalFigures>> byStore = new LinkedHashMap<>();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    Timestamp lastSync = rs.getTimestamp(8);
                    TerminalFigures t = new TerminalFigures(rs.getString(1), rs.getString(2), new Totals(
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                            Optional.ofNullable(lastSync).map(Timestamp::toInstant));
                    byStore.computeIfAbsent(t.storeId(), k -> new ArrayList<>()).add(t);
                }
            }
            List<StoreFigures> stores = new ArrayList<>();
            byStore.forEach((store, terminals) -> stores.add(new StoreFigures(store, List.copyOf(terminals))));
            List<TenderFigures> tenders = new ArrayList<>();
            try (ResultSet rs = next(ps)) {
                while (rs.next()) {
                    tenders.add(new TenderFigures(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            List<RateFigures> rates = new ArrayList<>();
            try (ResultSet rs = next(ps)) {
                while (rs.next()) {
                    rates.add(new RateFigures(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
            List<TillClose> closes = new ArrayList<>();
            try (ResultSet rs = next(ps)) {
                while (rs.next()) {
                    closes.add(new TillClose(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            SyncedTillSession.State.valueOf(rs.getString(4)), rs.getObject(5, Integer.class),
                            rs.getObject(6, Long.class), rs.getObject(7, Long.class)));
                }
            }
            return new PeriodFigures(from, to, List.copyOf(stores), List.copyOf(tenders), List.copyOf(rates),
                    List.copyOf(closes));
        }
    }

    private static ResultSet next(PreparedStatement ps) throws SQLException {
        if (!ps.getMoreResults()) {
            throw new SQLException("the figures statement answered fewer result sets than it asks for");
        }
        return ps.getResultSet();
    }

    /** Binds {@code business_day BETWEEN ? AND ? AND (?::text IS NULL OR store_id = ?)} from {@code first}. */
    private static void bindRange(PreparedStatement ps, int first, LocalDate from, LocalDate to, Scope scope)
            throws SQLException {
        ps.setDate(first, Date.valueOf(from));
        ps.setDate(first + 1, Date.valueOf(to));
        ps.setString(first + 2, scope.storeOrNull());
        ps.setString(first + 3, scope.storeOrNull());
    }
}
