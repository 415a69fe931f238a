package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The till's records in the journal: sessions, cash movements, counts and Z reports. Every change is one transaction,
 * so a process killed at any point leaves either all of an action or none of it; at most one session is open, each
 * business day has at most one session, and a close numbers its Z report in the same transaction that closes it.
 */
public final class TillBook {

    private final Database db;
    private final Clock clock;

    TillBook(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The open session, if any. */
    public Optional<TillSessionRecord> openSession() {
        return db.read("find the open till session", TillTable::open);
    }

    /** The most recently closed session, if any. */
    public Optional<TillSessionRecord> lastClosed() {
        return db.read("find the last till close", TillTable::lastClosed);
    }

    /** Sessions of the business days {@code from}..{@code to}, by day. */
    public List<TillSessionRecord> sessions(BusinessDay from, BusinessDay to) {
        return db.read("list till sessions", c -> TillTable.sessions(c, from, to));
    }

    /**
     * Opens the till with a float. Its business day is {@code today}, or the day after the last session's if that is
     * today or later (the day was already closed).
     *
     * @throws TillStateException if a session is open already
     */
    public TillSessionRecord open(BusinessDay today, long openingFloat) {
        Check.notNegative("openingFloat", openingFloat);
        return db.write("open the till", c -> {
            Optional<TillSessionRecord> open = TillTable.open(c);
            if (open.isPresent()) {
                throw new TillStateException("the till is already open for " + open.get().day().date()
                        + " with a float of ¥" + open.get().openingFloat() + "; close it first");
            }
            return start(c, today, openingFloat);
        });
    }

    /**
     * Records cash into or out of the drawer in the open session. With none open (the day was closed, or the till was
     * never opened) a session is opened first, in the same transaction, with the float the last close left.
     */
    public CashMovementRecord record(NewCashMovement movement, BusinessDay today) {
        Check.required("movement", movement);
        return db.write("record cash", c -> {
            TillSessionRecord s = openOrStart(c, today);
            CashMovementRecord m = TillTable.insert(c, s.id(), movement, now());
            db.changed(new JournalChange(JournalChange.Entity.TILL, s.id(), null));
            return m;
        });
    }

    /** The session's figures until now, this very millisecond included (a preview: the close fixes the end). */
    public TillFigures figures(TillSessionRecord session) {
        return db.read("compute till figures", c -> TillTable.figures(c, session, now().plusMillis(1)));
    }

    /**
     * Keeps a 点検 (mid-day count) of the open session with the cash expected at that moment.
     *
     * @throws TillStateException if no session is open
     */
    public CashCountRecord check(CashCount counted) {
        Check.required("counted", counted);
        return db.write("keep a till check", c -> {
            TillSessionRecord s = TillTable.open(c).orElseThrow(() -> new TillStateException(
                    "the till is not open: there is nothing to check"));
            long expected = TillTable.figures(c, s, now().plusMillis(1)).expectedCash();
            CashCountRecord count = TillTable.insert(c, s.id(), CountKind.CHECK, counted, expected, now());
            db.changed(new JournalChange(JournalChange.Entity.TILL, s.id(), null));
            return count;
        });
    }

    /**
     * Closes (精算) the open session — opening one first when none is, so PayPay sales since the last close get their
     * Z report too: counts the drawer, freezes the figures, numbers the Z report and leaves {@code nextFloat} in the
     * drawer (default: the opening float, or all that was counted if less).
     *
     * @param aheadConfirmed the cashier confirmed closing a business day after {@code today} (today was closed
     *                       already); without it that close is refused
     * @throws IllegalArgumentException if {@code nextFloat} is more than was counted (nothing changed)
     * @throws CloseAheadException      if the close would be of a later business day and that was not confirmed
     */
    public ZReport close(CashCount counted, OptionalLong nextFloat, BusinessDay today, boolean aheadConfirmed) {
        Check.required("counted", counted);
        return db.write("close the till", c -> {
            BusinessDay closing = TillTable.open(c).map(TillSessionRecord::day).orElse(TillTable.nextDay(c, today));
            if (closing.date().isAfter(today.date()) && !aheadConfirmed) {
                // A second close the same evening would silently close tomorrow: the cashier must mean it.
                throw new CloseAheadException(closing, today);
            }
            TillSessionRecord s = openOrStart(c, today);
            Instant now = now();
            TillFigures figures = TillTable.figures(c, s, now);
            long next = nextFloat.orElse(Math.min(s.openingFloat(), counted.total()));
            if (next < 0 || next > counted.total()) {
                throw new IllegalArgumentException("the next float (¥" + next + ") must be between ¥0 and the ¥"
                        + counted.total() + " counted in the drawer");
            }
            TillTable.insert(c, s.id(), CountKind.CLOSE, counted, figures.expectedCash(), now);
            TillTable.markClosed(c, s.id(), now);
            TillSessionRecord closed = TillTable.session(c, s.id()).orElseThrow();
            ZReport z = new ZReport(TillTable.nextZNumber(c), closed, now, figures, counted.total(), next);
            TillTable.insert(c, z);
            TillTable.markCounted(c, s, now, z.number());
            db.changed(new JournalChange(JournalChange.Entity.TILL, s.id(), null));
            return z;
        });
    }

    /**
     * Hands back cash for a sale paid (partly) in cash, in one transaction: the drawer's CASH_REFUND movement (in the
     * open session, or a new one as for any cash), the refund tied to the sale, and its return receipt's number from
     * {@code terminalId}'s receipt sequence. A PayPay refund never comes through here: cash only leaves for cash.
     *
     * @throws IllegalArgumentException if there is no such sale, or the amount is not ¥1 or more
     * @throws TillStateException       if the sale took no cash, its PayPay part was never paid (its cash went back
     *                                  then), more than its cash not yet refunded is asked, or the drawer should not
     *                                  hold that much (nothing written)
     */
    public CashRefundRecord refundCash(long saleId, long amount, String reason, String terminalId, BusinessDay today) {
        Check.amount("amount", amount);
        String terminal = terminalId == null || terminalId.isBlank() ? "-" : Check.text("terminalId", terminalId);
        String why = reason == null || reason.isBlank() ? null : Check.text("reason", reason.strip());
        return db.write("refund cash", c -> {
            CashTable.Refundable left = CashTable.refundable(c, saleId);
            if (amount > left.yen()) {
                throw new TillStateException("sale " + saleId + " took ¥" + String.format("%,d", left.cash())
                        + " in cash and ¥" + String.format("%,d", left.cash() - left.yen()) + " of it was refunded"
                        + " already: at most ¥" + String.format("%,d", left.yen()) + " can go back");
            }
            TillSessionRecord s = openOrStart(c, today);
            long drawer = TillTable.figures(c, s, now().plusMillis(1)).expectedCash();
            if (amount > drawer) {
                throw new TillStateException("the drawer should hold only ¥" + String.format("%,d", drawer)
                        + "; ¥" + String.format("%,d", amount) + " cannot be handed back from it");
            }
            CashMovementRecord m = TillTable.insert(c, s.id(), new NewCashMovement(CashMovementKind.CASH_REFUND,
                    amount, why, "sale " + saleId), now());
            CashRefundRecord refund = CashTable.insertRefund(c, saleId, m.id(), amount, why, terminal,
                    ReceiptTable.nextNumber(c, terminal), now());
            db.changed(new JournalChange(JournalChange.Entity.TILL, s.id(), null));
            return refund;
        });
    }

    /** The cash refunds of a sale, oldest first. */
    public List<CashRefundRecord> cashRefunds(long saleId) {
        return db.read("list cash refunds", c -> CashTable.refunds(c, "WHERE sale_id = ? ORDER BY id", saleId));
    }

    public Optional<CashRefundRecord> cashRefund(long id) {
        return db.read("find a cash refund", c -> CashTable.refunds(c, "WHERE id = ?", id).stream().findFirst());
    }

    /** Cash refunds made in [from, to), oldest first (End of day, the accounting export). */
    public List<CashRefundRecord> cashRefundsBetween(Instant from, Instant to) {
        return db.read("list cash refunds", c -> CashTable.refunds(c, "WHERE created_at >= ? AND created_at < ? "
                + "ORDER BY created_at, id", from, to));
    }

    public List<CashMovementRecord> movements(long sessionId) {
        return db.read("list cash movements", c -> TillTable.movements(c, sessionId));
    }

    public List<CashCountRecord> counts(long sessionId) {
        return db.read("list cash counts", c -> TillTable.counts(c, sessionId));
    }

    public Optional<ZReport> zReport(int number) {
        return db.read("find a Z report", c -> TillTable.zReport(c, "WHERE number = ?", number));
    }

    /** The newest Z report, if any. */
    public Optional<ZReport> lastZReport() {
        return db.read("find the last Z report", c -> TillTable.zReport(c, "ORDER BY number DESC LIMIT 1"));
    }

    /** The Z reports of sessions of the business days {@code from}..{@code to}, by number. */
    public List<ZReport> zReports(BusinessDay from, BusinessDay to) {
        return db.read("list Z reports", c -> TillTable.zReports(c, "WHERE session_id IN (SELECT id FROM "
                + "till_sessions WHERE business_date >= ? AND business_date <= ?) ORDER BY number",
                from.date().toString(), to.date().toString()));
    }

    private TillSessionRecord openOrStart(Connection c, BusinessDay today) throws SQLException {
        Optional<TillSessionRecord> open = TillTable.open(c);
        if (open.isPresent()) {
            return open.get();
        }
        // The change the last close left in the drawer is the new session's float.
        Optional<TillSessionRecord> last = TillTable.lastClosed(c);
        long carried = last.isEmpty() ? 0 : TillTable.zReport(c, "WHERE session_id = ?", last.get().id())
                .map(ZReport::nextFloat).orElse(0L);
        return start(c, today, carried);
    }

    private TillSessionRecord start(Connection c, BusinessDay today, long openingFloat) throws SQLException {
        BusinessDay day = TillTable.nextDay(c, today);
        Instant periodStart = TillTable.lastClosed(c).map(TillSessionRecord::closedAt).orElse(day.start());
        TillSessionRecord s = TillTable.insert(c, day, openingFloat, now(), periodStart);
        db.changed(new JournalChange(JournalChange.Entity.TILL, s.id(), null));
        return s;
    }

    private Instant now() {
        return clock.instant();
    }
}
