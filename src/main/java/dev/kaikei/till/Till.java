package dev.kaikei.till;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.CashMovementKind;
import dev.kaikei.journal.CashMovementRecord;
import dev.kaikei.journal.Denomination;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewCashMovement;
import dev.kaikei.journal.TillBook;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.journal.ZReport;
import dev.kaikei.receipt.ReceiptService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
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
    private final String storeName;
    private final String terminalId;
    private final CashDrawer drawer;
    private final Optional<ReceiptService> paper;

    /** A till without a cash drawer to open (a no-sale is journaled only) and without paper for its reports. */
    public Till(Journal journal, Clock clock, String storeName, String terminalId) {
        this(journal, clock, storeName, terminalId, CashDrawer.NONE, Optional.empty());
    }

    /**
     * @param storeName  printed at the head of the Z report
     * @param terminalId printed at the head of the Z report
     * @param drawer     opened by a no-sale
     * @param paper      prints the Z report and makes its PDF
     */
    public Till(Journal journal, Clock clock, String storeName, String terminalId, CashDrawer drawer,
                Optional<ReceiptService> paper) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.book = Objects.requireNonNull(journal, "journal").till();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.drawer = Objects.requireNonNull(drawer, "drawer");
    }

    /** The notes and coins a drawer is counted in, in yen, largest first. */
    public static List<Integer> denominations() {
        return Arrays.stream(Denomination.values()).map(Denomination::yen).toList();
    }

    // ------------------------------------------------------------------ for the screens

    /** The till now, with the X report of the open session in {@code locale}. */
    public TillOverview overview(Locale locale) {
        TillStatus s = status();
        List<String> report = s.session().map(open -> new ZReportText(locale).renderCheck(open.day(),
                s.figures().orElseThrow(), clock.instant())).orElse(List.of());
        LocalDate salesDay = s.session().map(open -> open.day().date()).or(() -> s.dayClosed()
                .map(DayClosed::salesDay)).orElse(today().date());
        return new TillOverview(s.isOpen(), salesDay, s.session().map(TillSessionRecord::openedAt),
                s.session().map(TillSessionRecord::openingFloat).orElse(0L), expectedCash(), s.dayClosed(), report);
    }

    /**
     * A counted 点検 from the screen's counts.
     *
     * @param pieces yen of a note or coin → how many; other denominations count zero
     * @throws TillStateException if the till is not open
     */
    public CountOutcome checkCounted(Map<Integer, Integer> pieces, Locale locale) {
        TillCheck check = check(Optional.of(count(pieces)));
        var kept = check.count().orElseThrow();
        List<String> report = new ArrayList<>(new ZReportText(locale).renderCheck(check.session().day(),
                check.figures(), kept.countedAt()));
        return new CountOutcome(kept.expected(), kept.counted(), kept.overShort(), report);
    }

    /** 精算 from the screen's counts; see {@link #close(CashCount, OptionalLong, boolean)}. */
    public CloseOutcome closeDay(Map<Integer, Integer> pieces, OptionalLong nextFloat, boolean aheadConfirmed,
                                 Locale locale) {
        ZReport z = close(count(pieces), nextFloat, aheadConfirmed);
        return new CloseOutcome(z.number(), z.session().day().date(), z.overShort(), z.nextFloat(), z.takings(),
                new ZReportText(locale).render(z, storeName, terminalId));
    }

    /** The closes of a business day, by Z number (End of day shows them beside PayPay's totals). */
    public List<CloseSummary> closesOn(LocalDate day) {
        BusinessDay d = new BusinessDay(day);
        return book.zReports(d, d).stream().map(z -> new CloseSummary(z.number(), z.closedAt(),
                z.figures().cash().sales().yen(), z.figures().expectedCash(), z.countedCash(), z.overShort(),
                z.figures().paypay().net())).toList();
    }

    /** The Z report as text, for the screen, the printer or a PDF. */
    public List<String> zReportText(ZReport z, Locale locale) {
        return new ZReportText(locale).render(z, storeName, terminalId);
    }

    /** Whether a Z report can go to a receipt printer here. */
    public boolean canPrintReports() {
        return paper.map(ReceiptService::hasPrinter).orElse(false);
    }

    /**
     * Z report {@code number} as a PDF of receipt width.
     *
     * @throws IllegalArgumentException if there is no such Z report
     * @throws dev.kaikei.receipt.ReceiptException if no Japanese font is installed
     */
    public byte[] zReportPdf(int number, Locale locale) {
        return paperOrThrow().pdf(new ZReportText(locale).document(zOrThrow(number), storeName, terminalId),
                "Z report " + number);
    }

    /** Prints Z report {@code number}; the future fails with why when the printer does not take it. */
    public CompletableFuture<Void> printZReport(int number, Locale locale) {
        return paperOrThrow().print(new ZReportText(locale).document(zOrThrow(number), storeName, terminalId),
                "Z report " + number);
    }

    private ZReport zOrThrow(int number) {
        return book.zReport(number).orElseThrow(() -> new IllegalArgumentException("there is no Z report No."
                + number + (book.lastZReport().map(z -> " (the last is No." + z.number() + ")").orElse(""))));
    }

    private ReceiptService paperOrThrow() {
        return paper.orElseThrow(() -> new IllegalStateException("no receipt output is set up for reports"));
    }

    private static CashCount count(Map<Integer, Integer> pieces) {
        Map<Denomination, Integer> counts = new EnumMap<>(Denomination.class);
        pieces.forEach((yen, n) -> counts.put(Denomination.ofYen(yen).orElseThrow(() ->
                new IllegalArgumentException(yen + " is not a yen note or coin")), n));
        return new CashCount(counts);
    }

    // ------------------------------------------------------------------ actions

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
     * @param nextFloat      the change to leave for the next day (default: this session's float, or all counted if
     *                       less)
     * @param aheadConfirmed the cashier confirmed closing the next business day (today is closed already)
     * @throws IllegalArgumentException if the next float is more than was counted
     * @throws dev.kaikei.journal.CloseAheadException if today is closed already and that was not confirmed
     */
    public ZReport close(CashCount counted, OptionalLong nextFloat, boolean aheadConfirmed) {
        ZReport z = book.close(counted, nextFloat, today(), aheadConfirmed);
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

    /** The drawer opened without a sale (journaled, then the drawer opens); the caller has checked the manager PIN. */
    public NoSale noSale(String reason) {
        CashMovementRecord m = book.record(new NewCashMovement(CashMovementKind.NO_SALE, 0, reason, null), today());
        return new NoSale(m, drawer.open());
    }

    /** A journaled no-sale, and the drawer opening (fails with why when it did not). */
    public record NoSale(CashMovementRecord movement, CompletableFuture<Void> drawer) {
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
