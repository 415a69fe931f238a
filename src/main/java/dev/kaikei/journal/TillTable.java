package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** SQL of the till: sessions, cash movements, counts and Z reports. */
final class TillTable {

    private static final String PAID = Arrays.stream(PaymentState.values()).filter(PaymentState::wasPaid)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    private static final String OPEN_PAYMENTS = PaymentState.nonFinal().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    /**
     * How long before a period a payment still counted in it can have been created: a code is paid within minutes,
     * and an outcome unknown at a close is resolved within days (the reconciler, the cancel window).
     */
    private static final Duration LATE_CONFIRMATION = Duration.ofDays(7);

    private TillTable() {
    }

    // ------------------------------------------------------------------ sessions

    static Optional<TillSessionRecord> open(Connection c) throws SQLException {
        return Sql.one(c, "SELECT * FROM till_sessions WHERE state = 'OPEN'", TillTable::session);
    }

    static Optional<TillSessionRecord> lastClosed(Connection c) throws SQLException {
        return Sql.one(c, "SELECT * FROM till_sessions WHERE state = 'CLOSED' ORDER BY closed_at DESC, id DESC "
                + "LIMIT 1", TillTable::session);
    }

    static Optional<TillSessionRecord> session(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM till_sessions WHERE id = ?", TillTable::session, id);
    }

    static List<TillSessionRecord> sessions(Connection c, BusinessDay from, BusinessDay to) throws SQLException {
        return Sql.list(c, "SELECT * FROM till_sessions WHERE business_date >= ? AND business_date <= ? "
                + "ORDER BY business_date", TillTable::session, from.date().toString(), to.date().toString());
    }

    /**
     * The business day a new session gets: today, unless today (or a later day) already had a session, then the day
     * after the last one — so a sale after the close belongs to the next day, never to two.
     */
    static BusinessDay nextDay(Connection c, BusinessDay today) throws SQLException {
        Optional<String> last = Sql.one(c, "SELECT business_date FROM till_sessions ORDER BY business_date DESC "
                + "LIMIT 1", rs -> rs.getString(1));
        if (last.isEmpty()) {
            return today;
        }
        LocalDate lastDay = LocalDate.parse(last.get());
        return lastDay.isBefore(today.date()) ? today : new BusinessDay(lastDay.plusDays(1));
    }

    static TillSessionRecord insert(Connection c, BusinessDay day, long openingFloat, Instant now,
                                    Instant periodStart) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO till_sessions (business_date, state, opening_float, opened_at, "
                        + "period_start) VALUES (?, 'OPEN', ?, ?, ?)", day.date().toString(), openingFloat, now,
                periodStart);
        return session(c, id).orElseThrow();
    }

    static void markClosed(Connection c, long sessionId, Instant now) throws SQLException {
        Sql.update(c, "UPDATE till_sessions SET state = 'CLOSED', closed_at = ? WHERE id = ? AND state = 'OPEN'",
                now, sessionId);
    }

    private static TillSessionRecord session(ResultSet rs) throws SQLException {
        return new TillSessionRecord(rs.getLong("id"), new BusinessDay(LocalDate.parse(rs.getString("business_date"))),
                Sql.enumOf(rs, "state", TillState.class), rs.getLong("opening_float"), Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "period_start"), Sql.instant(rs, "closed_at"));
    }

    // ------------------------------------------------------------------ movements

    static CashMovementRecord insert(Connection c, long sessionId, NewCashMovement m, Instant now)
            throws SQLException {
        long id = Sql.insert(c, "INSERT INTO cash_movements (session_id, kind, amount, reason, reference, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", sessionId, m.kind(), m.signedAmount(), m.reason(), m.reference(), now);
        return Sql.one(c, "SELECT * FROM cash_movements WHERE id = ?", TillTable::movement, id).orElseThrow();
    }

    static List<CashMovementRecord> movements(Connection c, long sessionId) throws SQLException {
        return Sql.list(c, "SELECT * FROM cash_movements WHERE session_id = ? ORDER BY id", TillTable::movement,
                sessionId);
    }

    private static CashMovementRecord movement(ResultSet rs) throws SQLException {
        return new CashMovementRecord(rs.getLong("id"), rs.getLong("session_id"),
                Sql.enumOf(rs, "kind", CashMovementKind.class), rs.getLong("amount"), rs.getString("reason"),
                rs.getString("reference"), Sql.instant(rs, "created_at"));
    }

    // ------------------------------------------------------------------ figures

    /**
     * The session's figures over [its period start, {@code to}). PayPay sales are the paid payments PayPay accepted
     * before {@code to} that no close has counted yet: those of the period, and any accepted earlier whose outcome was
     * unknown at the last close (they count where they became known, never in two Z reports). Cash-only sales count
     * in the period they were taken; the cash of a split sale rides with its PayPay part.
     */
    static TillFigures figures(Connection c, TillSessionRecord s, Instant to) throws SQLException {
        Map<CashMovementKind, Tally> cash = new EnumMap<>(CashMovementKind.class);
        for (Map.Entry<CashMovementKind, Tally> e : Sql.list(c, "SELECT kind, count(*), coalesce(sum(abs(amount)), 0) "
                        + "FROM cash_movements WHERE session_id = ? GROUP BY kind",
                rs -> Map.entry(Sql.enumOf(rs, "kind", CashMovementKind.class), new Tally(rs.getInt(2),
                        rs.getLong(3))), s.id())) {
            cash.put(e.getKey(), e.getValue());
        }
        Instant from = s.periodStart();
        Object[] uncounted = uncountedParams(c, s, to);
        Tally cashOnly = tally(c, "SELECT count(DISTINCT s.id), coalesce(sum(t.amount), 0) FROM sales s "
                + "JOIN sale_tenders t ON t.sale_id = s.id AND t.kind = 'CASH' WHERE s.created_at >= ? "
                + "AND s.created_at < ? AND NOT EXISTS (SELECT 1 FROM sale_tenders pt WHERE pt.sale_id = s.id "
                + "AND pt.kind = 'PAYPAY')", from, to);
        Tally splitCash = tally(c, "SELECT count(DISTINCT t.sale_id), coalesce(sum(t.amount), 0) "
                + "FROM sale_tenders t JOIN sale_tenders pt ON pt.sale_id = t.sale_id AND pt.kind = 'PAYPAY' "
                + "JOIN payments p ON p.id = pt.payment_id WHERE t.kind = 'CASH' AND " + UNCOUNTED, uncounted);
        Tally held = tally(c, "SELECT count(DISTINCT t.sale_id), coalesce(sum(t.amount), 0) "
                + "FROM sale_tenders t JOIN sale_tenders pt ON pt.sale_id = t.sale_id AND pt.kind = 'PAYPAY' "
                + "JOIN payments p ON p.id = pt.payment_id WHERE t.kind = 'CASH' AND p.created_at >= ? "
                + "AND p.created_at < ? AND p.state IN (" + OPEN_PAYMENTS + ")", uncounted[0], to);
        CashFigures cashFigures = new CashFigures(new Tally(cashOnly.count() + splitCash.count(),
                cashOnly.yen() + splitCash.yen()),
                cash.getOrDefault(CashMovementKind.CASH_REFUND, Tally.NONE),
                cash.getOrDefault(CashMovementKind.PAID_IN, Tally.NONE),
                cash.getOrDefault(CashMovementKind.PAID_OUT, Tally.NONE),
                cash.getOrDefault(CashMovementKind.NO_SALE, Tally.NONE).count(), held);
        String sale = "CASE WHEN p.kind IN ('QR_PREAUTH', 'NATIVE_PREAUTH') THEN p.captured_amount ELSE p.amount END";
        Tally sales = tally(c, "SELECT count(*), coalesce(sum(" + sale + "), 0) FROM payments p WHERE "
                + UNCOUNTED, uncounted);
        Tally cancels = tally(c, "SELECT count(*), coalesce(sum(" + sale + "), 0) FROM payments p WHERE "
                + UNCOUNTED + " AND p.state = 'CANCELED'", uncounted);
        Tally refunds = tally(c, "SELECT count(*), coalesce(sum(amount), 0) FROM operations WHERE kind = 'REFUND' "
                + "AND state = 'SUCCEEDED' AND created_at >= ? AND created_at < ?", from, to);
        int unresolved = (int) Sql.count(c, "SELECT count(*) FROM payments WHERE state IN (" + OPEN_PAYMENTS + ") "
                + "AND created_at >= ? AND created_at < ?", from, to);
        return new TillFigures(from, to, s.openingFloat(), cashFigures,
                new PayPayFigures(sales, cancels, refunds, unresolved));
    }

    /**
     * A paid payment {@code p} PayPay accepted before ?3 that no close counted: not before the till's first period
     * (?2; older payments were never the till's), created after ?1 (bounds the scan by the created_at index).
     */
    private static final String UNCOUNTED = "p.created_at >= ?1 AND p.state IN (" + PAID + ") "
            + "AND coalesce(p.accepted_at, p.created_at) >= ?2 AND coalesce(p.accepted_at, p.created_at) < ?3 "
            + "AND NOT EXISTS (SELECT 1 FROM till_counted_payments k WHERE k.payment_id = p.id)";

    private static Object[] uncountedParams(Connection c, TillSessionRecord s, Instant to) throws SQLException {
        Instant epoch = Sql.one(c, "SELECT coalesce(min(period_start), ?) AS epoch FROM till_sessions",
                rs -> Sql.instant(rs, "epoch"), s.periodStart()).orElseThrow();
        return new Object[] {s.periodStart().minus(LATE_CONFIRMATION), epoch, to};
    }

    /** Marks the payments the close of {@code s} at {@code to} counted (same rows as its figures). */
    static void markCounted(Connection c, TillSessionRecord s, Instant to, int zNumber) throws SQLException {
        Object[] p = uncountedParams(c, s, to);
        Sql.update(c, "INSERT INTO till_counted_payments (payment_id, z_number) SELECT p.id, ?4 FROM payments p "
                + "WHERE " + UNCOUNTED, p[0], p[1], p[2], zNumber);
    }

    private static Tally tally(Connection c, String sql, Object... params) throws SQLException {
        return Sql.one(c, sql, rs -> new Tally(rs.getInt(1), rs.getLong(2)), params).orElseThrow();
    }

    // ------------------------------------------------------------------ counts

    static CashCountRecord insert(Connection c, long sessionId, CountKind kind, CashCount count, long expected,
                                  Instant now) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO cash_counts (session_id, kind, counted_at, y10000, y5000, y2000, y1000, "
                        + "y500, y100, y50, y10, y5, y1, counted, expected) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionId, kind, now,
                count.of(Denomination.Y10000), count.of(Denomination.Y5000), count.of(Denomination.Y2000),
                count.of(Denomination.Y1000), count.of(Denomination.Y500), count.of(Denomination.Y100),
                count.of(Denomination.Y50), count.of(Denomination.Y10), count.of(Denomination.Y5),
                count.of(Denomination.Y1), count.total(), expected);
        return Sql.one(c, "SELECT * FROM cash_counts WHERE id = ?", TillTable::count, id).orElseThrow();
    }

    static List<CashCountRecord> counts(Connection c, long sessionId) throws SQLException {
        return Sql.list(c, "SELECT * FROM cash_counts WHERE session_id = ? ORDER BY id", TillTable::count, sessionId);
    }

    private static CashCountRecord count(ResultSet rs) throws SQLException {
        Map<Denomination, Integer> pieces = new EnumMap<>(Denomination.class);
        for (Denomination d : Denomination.values()) {
            pieces.put(d, rs.getInt("y" + d.yen()));
        }
        return new CashCountRecord(rs.getLong("id"), rs.getLong("session_id"), Sql.enumOf(rs, "kind", CountKind.class),
                Sql.instant(rs, "counted_at"), new CashCount(pieces), rs.getLong("expected"));
    }

    // ------------------------------------------------------------------ Z reports

    static int nextZNumber(Connection c) throws SQLException {
        return (int) Sql.count(c, "SELECT coalesce(max(number), 0) + 1 FROM z_reports");
    }

    static void insert(Connection c, ZReport z) throws SQLException {
        TillFigures f = z.figures();
        CashFigures cash = f.cash();
        PayPayFigures pp = f.paypay();
        Sql.update(c, "INSERT INTO z_reports (number, session_id, closed_at, period_start, opening_float, "
                        + "cash_sales_count, cash_sales, cash_refunds_count, cash_refunds, paid_in_count, paid_in, "
                        + "paid_out_count, paid_out, no_sale_count, expected_cash, counted_cash, next_float, "
                        + "paypay_sales_count, paypay_sales, paypay_cancels_count, paypay_cancels, "
                        + "paypay_refunds_count, paypay_refunds, unresolved_count, held_count, held) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                z.number(), z.session().id(), z.closedAt(), f.from(), f.openingFloat(), cash.sales().count(),
                cash.sales().yen(), cash.refunds().count(), cash.refunds().yen(), cash.paidIn().count(),
                cash.paidIn().yen(), cash.paidOut().count(), cash.paidOut().yen(), cash.noSales(), f.expectedCash(),
                z.countedCash(), z.nextFloat(), pp.sales().count(), pp.sales().yen(), pp.cancels().count(),
                pp.cancels().yen(), pp.refunds().count(), pp.refunds().yen(), pp.unresolved(), cash.held().count(),
                cash.held().yen());
    }

    static Optional<ZReport> zReport(Connection c, String condition, Object... params) throws SQLException {
        return zReports(c, condition, params).stream().findFirst();
    }

    static List<ZReport> zReports(Connection c, String condition, Object... params) throws SQLException {
        List<ZReport> reports = new ArrayList<>();
        for (ZRow row : Sql.list(c, "SELECT * FROM z_reports " + condition, TillTable::zRow, params)) {
            reports.add(new ZReport(row.number(), session(c, row.sessionId()).orElseThrow(), row.closedAt(),
                    row.figures(), row.countedCash(), row.nextFloat()));
        }
        return reports;
    }

    /** A Z report row before its session is read. */
    private record ZRow(int number, long sessionId, Instant closedAt, TillFigures figures, long countedCash,
                        long nextFloat) {
    }

    private static ZRow zRow(ResultSet rs) throws SQLException {
        Instant closedAt = Sql.instant(rs, "closed_at");
        TillFigures f = new TillFigures(Sql.instant(rs, "period_start"), closedAt, rs.getLong("opening_float"),
                new CashFigures(tally(rs, "cash_sales"), tally(rs, "cash_refunds"), tally(rs, "paid_in"),
                        tally(rs, "paid_out"), rs.getInt("no_sale_count"), tally(rs, "held")),
                new PayPayFigures(tally(rs, "paypay_sales"), tally(rs, "paypay_cancels"), tally(rs, "paypay_refunds"),
                        rs.getInt("unresolved_count")));
        return new ZRow(rs.getInt("number"), rs.getLong("session_id"), closedAt, f, rs.getLong("counted_cash"),
                rs.getLong("next_float"));
    }

    private static Tally tally(ResultSet rs, String column) throws SQLException {
        return new Tally(rs.getInt(column + "_count"), rs.getLong(column));
    }
}
