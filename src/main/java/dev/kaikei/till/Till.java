package dev.kaikei.till;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.CashMovementKind;
import dev.kaikei.journal.CashMovementRecord;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewCashMovement;
import dev.kaikei.journal.TillBook;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.journal.ZReport;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The till of this terminal: open with a float, 点検 any time, 精算 with the next float and a numbered Z report,
 * paid-in, paid-out and no-sale. After a close the business day is closed: cash taken later opens the next day's
 * session, and PayPay sales after the close count for it too.
 */
public final class Till {

    private static final Logger LOG = LoggerFactory.getLogger(Till.class);

    private final TillBook book;
    private final Clock clock;

    public Till(Journal journal, Clock clock) {
        this.book = Objects.requireNonNull(journal, "journal").till();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The open session and its figures, and whether the cashier must be told the day was closed. */
    public TillStatus status() {
        Optional<TillSessionRecord> open = book.openSession();
        return new TillStatus(open, open.map(book::figures), dayClosed(open));
    }

    /**
     * Opens the till with the change in the drawer.
     *
     * @throws TillStateException if it is open already
     */
    public TillSessionRecord open(long openingFloat) {
        TillSessionRecord s = book.open(today(), openingFloat);
        LOG.info("Till opened for {} with a float of {} yen", s.day().date(), openingFloat);
        return s;
    }

    /**
     * 点検: the figures now; with a count, the count is kept with the cash expected at that moment.
     *
     * @throws TillStateException if the till is not open
     */
    public TillCheck check(Optional<CashCount> counted) {
        if (counted.isPresent()) {
            var kept = book.check(counted.get());
            TillSessionRecord s = book.openSession().orElseThrow();
            return new TillCheck(s, book.figures(s), Optional.of(kept));
        }
        TillSessionRecord s = book.openSession().orElseThrow(() -> new TillStateException(
                "the till is not open: open it with a float, or take a sale"));
        return new TillCheck(s, book.figures(s), Optional.empty());
    }

    /**
     * 精算: counts the drawer, freezes the day's figures in a numbered Z report and leaves the next float in the
     * drawer; the business day is closed.
     *
     * @param nextFloat the change to leave for the next day (default: this session's float, or all counted if less)
     * @throws IllegalArgumentException if the next float is more than was counted
     */
    public ZReport close(CashCount counted, OptionalLong nextFloat) {
        ZReport z = book.close(counted, nextFloat, today());
        LOG.info("Till closed for {}: Z {} expected {} counted {} next float {}", z.session().day().date(),
                z.number(), z.figures().expectedCash(), z.countedCash(), z.nextFloat());
        return z;
    }

    /** Cash put into the drawer for a reason (not a sale). */
    public CashMovementRecord paidIn(long yen, String reason) {
        return book.record(new NewCashMovement(CashMovementKind.PAID_IN, yen, reason, null), today());
    }

    /**
     * Cash taken out of the drawer for a reason, e.g. buying milk.
     *
     * @throws TillStateException if the drawer should not hold that much (nothing recorded)
     */
    public CashMovementRecord paidOut(long yen, String reason) {
        long inDrawer = expectedCash();
        if (yen > inDrawer) {
            throw new TillStateException("the drawer should hold only ¥" + String.format("%,d", inDrawer)
                    + "; a paid-out of ¥" + String.format("%,d", yen) + " would leave it below nothing");
        }
        return book.record(new NewCashMovement(CashMovementKind.PAID_OUT, yen, reason, null), today());
    }

    /** The cash the drawer should hold now: the open session's, or the float the last close left. */
    public long expectedCash() {
        Optional<TillSessionRecord> open = book.openSession();
        if (open.isPresent()) {
            return book.figures(open.get()).expectedCash();
        }
        return book.lastZReport().map(ZReport::nextFloat).orElse(0L);
    }

    /** The drawer opened without a sale; the caller has checked the manager PIN. */
    public CashMovementRecord noSale(String reason) {
        return book.record(new NewCashMovement(CashMovementKind.NO_SALE, 0, reason, null), today());
    }

    /** The newest Z report. */
    public Optional<ZReport> lastZReport() {
        return book.lastZReport();
    }

    public Optional<ZReport> zReport(int number) {
        return book.zReport(number);
    }

    /** The till's records, for reports that need more than these actions. */
    public TillBook book() {
        return book;
    }

    private Optional<DayClosed> dayClosed(Optional<TillSessionRecord> open) {
        BusinessDay today = today();
        return book.lastClosed().filter(last -> !last.day().date().isBefore(today.date())).map(last -> new DayClosed(
                last.day().date(), last.closedAt(), open.map(s -> s.day().date())
                        .orElse(last.day().date().plusDays(1))));
    }

    private BusinessDay today() {
        return BusinessDay.today(clock);
    }
}
