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
 * Sums the synced rows per store and till for a range of business days. Every enrolled till of the scope appears,
 * also with nothing sold (a silent till must show). Both sums run as index-only scans of one day's rows.
 */
public final class Figures {

    private static final String PER_TERMINAL = "WITH p AS ("
            + "  SELECT terminal_ref, count(*) FILTER (WHERE sale_yen > 0) AS sales_count, "
            + "    coalesce(sum(sale_yen), 0) AS sales_yen, "
            + "    coalesce(sum(sale_yen) FILTER (WHERE canceled), 0) AS cancels_yen, "
            + "    count(*) FILTER (WHERE open) AS open_payments "
            + "  FROM payments WHERE business_day BETWEEN ? AND ? GROUP BY terminal_ref), "
            + "o AS ("
            + "  SELECT terminal_ref, coalesce(sum(refund_yen), 0) AS refunds_yen, "
            + "    count(*) FILTER (WHERE open) AS open_operations "
            + "  FROM operations WHERE business_day BETWEEN ? AND ? GROUP BY terminal_ref) "
            + "SELECT t.store_id, t.terminal_id, coalesce(p.sales_count, 0), coalesce(p.sales_yen, 0), "
            + "  coalesce(o.refunds_yen, 0), coalesce(p.cancels_yen, 0), "
            + "  coalesce(p.open_payments, 0) + coalesce(o.open_operations, 0), t.last_sync_at "
            + "FROM terminals t LEFT JOIN p ON p.terminal_ref = t.id LEFT JOIN o ON o.terminal_ref = t.id "
            + "WHERE (?::text IS NULL OR t.store_id = ?) "
            + "  AND (t.revoked_at IS NULL OR p.terminal_ref IS NOT NULL OR o.terminal_ref IS NOT NULL) "
            + "ORDER BY t.store_id, t.terminal_id";

    private static final String PER_TENDER = "SELECT p.kind, count(*) FILTER (WHERE p.sale_yen > 0), "
            + "  coalesce(sum(p.sale_yen), 0) FROM payments p JOIN terminals t ON t.id = p.terminal_ref "
            + "WHERE p.business_day BETWEEN ? AND ? AND p.sale_yen > 0 AND (?::text IS NULL OR t.store_id = ?) "
            + "GROUP BY p.kind ORDER BY p.kind";

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
                        TerminalFigures t = new TerminalFigures(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
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
