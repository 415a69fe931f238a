package dev.kaikei.hq.ingest;

import dev.kaikei.sync.wire.SyncedSale;
import dev.kaikei.sync.wire.SyncedTillSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Stores sales and till sessions of a batch (schema V3), inside {@link SyncIngest}'s transaction. As for payments,
 * a row keeps the version with the highest sequence number; a sale that is replaced gets its parts anew (each sale's
 * parts are written before the next sale is looked at), and the database's triggers move its figures from the old
 * version to the new one.
 */
final class SaleIngest {

    private static final String UPSERT_SALE = "INSERT INTO sales (terminal_ref, sale_id, seq, business_day, "
            + "created_at, service_mode, total, tax, receipt_number, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (terminal_ref, sale_id) DO UPDATE SET seq = excluded.seq, "
            + "business_day = excluded.business_day, created_at = excluded.created_at, "
            + "service_mode = excluded.service_mode, total = excluded.total, tax = excluded.tax, "
            + "receipt_number = excluded.receipt_number, outcome = excluded.outcome WHERE sales.seq < excluded.seq "
            + "RETURNING 1";
    private static final String UPSERT_SESSION = "INSERT INTO till_sessions (terminal_ref, business_day, seq, state, "
            + "opening_float, opened_at, closed_at, z_number, counted_cash, expected_cash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (terminal_ref, business_day) DO UPDATE SET "
            + "seq = excluded.seq, state = excluded.state, opening_float = excluded.opening_float, "
            + "opened_at = excluded.opened_at, closed_at = excluded.closed_at, z_number = excluded.z_number, "
            + "counted_cash = excluded.counted_cash, expected_cash = excluded.expected_cash "
            + "WHERE till_sessions.seq < excluded.seq";

    private final PreparedStatement sale;
    private final PreparedStatement[] dropParts;
    private final PreparedStatement lines;
    private final PreparedStatement rates;
    private final PreparedStatement tenders;
    private final PreparedStatement sessions;

    SaleIngest(Connection c) throws SQLException {
        sale = c.prepareStatement(UPSERT_SALE);
        // Deleting the rates and tenders lets the triggers take the old version out of the day's figures.
        dropParts = new PreparedStatement[3];
        String[] parts = {"sale_lines", "sale_rates", "sale_tenders"};
        for (int i = 0; i < parts.length; i++) {
            dropParts[i] = c.prepareStatement("DELETE FROM " + parts[i] + " WHERE terminal_ref = ? AND sale_id = ?");
        }
        lines = c.prepareStatement("INSERT INTO sale_lines (terminal_ref, sale_id, line_no, code, name, unit_price, "
                + "quantity, category, tax_rate, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        rates = c.prepareStatement("INSERT INTO sale_rates (terminal_ref, sale_id, tax_rate, gross, net, tax, "
                + "business_day, sold) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        tenders = c.prepareStatement("INSERT INTO sale_tenders (terminal_ref, sale_id, tender_no, kind, amount, "
                + "merchant_payment_id, business_day, sold) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        sessions = c.prepareStatement(UPSERT_SESSION);
    }

    void add(long terminalRef, long seq, SyncedSale s) throws SQLException {
        LocalDate day = SyncIngest.businessDay(s.createdAt());
        sale.setLong(1, terminalRef);
        sale.setLong(2, s.saleId());
        sale.setLong(3, seq);
        sale.setObject(4, day);
        sale.setTimestamp(5, new Timestamp(s.createdAt()));
        sale.setString(6, s.serviceMode().name());
        sale.setLong(7, s.total());
        sale.setLong(8, s.tax());
        sale.setObject(9, s.receiptNumber(), Types.BIGINT);
        sale.setString(10, s.outcome().name());
        boolean newer;
        try (var rs = sale.executeQuery()) {
            newer = rs.next();
        }
        if (!newer) {
            return;
        }
        for (PreparedStatement drop : dropParts) {
            drop.setLong(1, terminalRef);
            drop.setLong(2, s.saleId());
            drop.executeUpdate();
        }
        boolean sold = s.outcome() == SyncedSale.Outcome.SOLD;
        int no = 0;
        for (SyncedSale.Line l : s.lines()) {
            lines.setLong(1, terminalRef);
            lines.setLong(2, s.saleId());
            lines.setInt(3, ++no);
            lines.setString(4, l.code());
            lines.setString(5, l.name());
            lines.setLong(6, l.unitPrice());
            lines.setInt(7, l.quantity());
            lines.setString(8, l.category().name());
            lines.setInt(9, l.taxRate());
            lines.setLong(10, l.amount());
            lines.addBatch();
        }
        for (SyncedSale.Rate r : s.rates()) {
            rates.setLong(1, terminalRef);
            rates.setLong(2, s.saleId());
            rates.setInt(3, r.taxRate());
            rates.setLong(4, r.gross());
            rates.setLong(5, r.net());
            rates.setLong(6, r.tax());
            rates.setObject(7, day);
            rates.setBoolean(8, sold);
            rates.addBatch();
        }
        no = 0;
        for (SyncedSale.Tender t : s.tenders()) {
            tenders.setLong(1, terminalRef);
            tenders.setLong(2, s.saleId());
            tenders.setInt(3, ++no);
            tenders.setString(4, t.kind().name());
            tenders.setLong(5, t.amount());
            tenders.setString(6, t.merchantPaymentId());
            tenders.setObject(7, day);
            tenders.setBoolean(8, sold);
            tenders.addBatch();
        }
        lines.executeBatch();
        rates.executeBatch();
        tenders.executeBatch();
    }

    void add(long terminalRef, long seq, SyncedTillSession t) throws SQLException {
        sessions.setLong(1, terminalRef);
        sessions.setObject(2, LocalDate.parse(t.businessDate()));
        sessions.setLong(3, seq);
        sessions.setString(4, t.state().name());
        sessions.setLong(5, t.openingFloat());
        sessions.setTimestamp(6, new Timestamp(t.openedAt()));
        sessions.setTimestamp(7, t.closedAt() == null ? null : new Timestamp(t.closedAt()));
        sessions.setObject(8, t.zNumber(), Types.INTEGER);
        sessions.setObject(9, t.countedCash(), Types.BIGINT);
        sessions.setObject(10, t.expectedCash(), Types.BIGINT);
        sessions.addBatch();
    }

    /** Stores the sessions collected since the last call. */
    void flush() throws SQLException {
        sessions.executeBatch();
    }

    void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {sale, dropParts[0], dropParts[1], dropParts[2], lines,
            rates, tenders, sessions}) {
            ps.close();
        }
    }
}
