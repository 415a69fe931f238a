package dev.kaikei.hq.figures;

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
            + "GROUP BY d.kind HAVING sum(d.sales_count) > 0 ORDER BY d.kind";

    private final DataSource db;

    public Figures(DataSource db) {
        this.db = db;
    }

    public PeriodFigures period(LocalDate from, LocalDate to, Scope scope) throws SQLException {
        try (Connection c = db.getConnection()) {
            Map<String, List<TerminalFigures>> byStore = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(PER_TERMINAL)) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                ps.setDate(3, Date.valueOf(from));
                ps.setDate(4, Date.valueOf(to));
                ps.setString(5, scope.storeOrNull());
                ps.setString(6, scope.storeOrNull());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp lastSync = rs.getTimestamp(8);
                        TerminalFigures t = new TerminalFigures(rs.getString(1), rs.getString(2), new Totals(
                                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                                Optional.ofNullable(lastSync).map(Timestamp::toInstant));
                        byStore.computeIfAbsent(t.storeId(), k -> new ArrayList<>()).add(t);
                    }
                }
            }
            List<StoreFigures> stores = new ArrayList<>();
            byStore.forEach((store, terminals) -> stores.add(new StoreFigures(store, List.copyOf(terminals))));
            List<TenderFigures> tenders = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(PER_TENDER)) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                ps.setString(3, scope.storeOrNull());
                ps.setString(4, scope.storeOrNull());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tenders.add(new TenderFigures(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
            return new PeriodFigures(from, to, List.copyOf(stores), List.copyOf(tenders));
        }
    }
}
