package dev.kaikei.bench;

import dev.kaikei.accounting.AccountingExport;
import dev.kaikei.accounting.EntryFormat;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.NewSale;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What End of day and the exports cost on a busy till, side by side in one run: a journal with 30 days of 1,200 sales
 * each (half cash, a tenth split, the rest PayPay; two lines at 8% and 10%), then, median of 7 runs each, the existing
 * End of day report of a day ({@code Journal.dayReport}, the baseline), the takings per tender and rate of a day (the
 * new End of day panel), the CSV export of a day, and the accounting export of the month.
 * Run: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.kaikei.bench.TakingsBenchmark}
 * (or from the IDE).
 */
public final class TakingsBenchmark {

    private static final int DAYS = 30;
    private static final int SALES_A_DAY = 1_200;

    private TakingsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("kaikei-takings-bench");
        MovableClock clock = new MovableClock(Instant.parse("2026-03-01T01:00:00Z"));
        try (Journal journal = Journal.open(dir.resolve("journal.sqlite"), JournalOptions.defaults().withClock(clock))) {
            long t0 = System.nanoTime();
            fill(journal, clock);
            System.out.printf("filled %d days x %d sales in %.1f s%n", DAYS, SALES_A_DAY,
                    (System.nanoTime() - t0) / 1e9);
            BusinessDay day = new BusinessDay(LocalDate.of(2026, 3, 15));
            AccountingExport accounting = new AccountingExport(journal);
            double baseline = median(() -> journal.dayReport(day));
            double takings = median(() -> accounting.takings(day.date()));
            double csv = median(() -> journal.exportCsv(day.start(), day.end(), OutputStream.nullOutputStream()));
            double month = median(() -> accounting.entries(LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 30), EntryFormat.FREEE));
            System.out.printf("End of day report (baseline)     %8.1f ms  1.0x%n", baseline);
            System.out.printf("takings per tender and rate, day %8.1f ms  %.1fx%n", takings, takings / baseline);
            System.out.printf("CSV export, one day              %8.1f ms  %.1fx%n", csv, csv / baseline);
            System.out.printf("accounting export, 30 days       %8.1f ms  %.1fx%n", month, month / baseline);
        }
    }

    private static void fill(Journal journal, MovableClock clock) {
        int n = 0;
        for (int d = 0; d < DAYS; d++) {
            for (int i = 0; i < SALES_A_DAY; i++) {
                clock.now = Instant.parse("2026-03-01T01:00:00Z").plusSeconds(d * 86_400L + i * 30L);
                Sale sale = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
                        new SaleLine("bento", "弁当", 500 + i % 700, 1, TaxCategory.REDUCED),
                        new SaleLine("bag", "袋", 5 + i % 50, 1, TaxCategory.STANDARD));
                String id = "B-" + (n++);
                if (i % 2 == 0) {
                    journal.insertSale(new NewSale(sale, "T1", List.of(new CashTender(sale.total(), sale.total()))));
                } else if (i % 10 == 1) {
                    long cash = sale.total() / 2;
                    journal.insertPayment(NewPayment.qr(id, sale.total() - cash, "split", "S1", "T1"),
                            new NewSale(sale, "T1", List.of(CashTender.exact(cash))));
                    paid(journal, id, clock);
                } else {
                    journal.insertPayment(NewPayment.qr(id, sale.total(), "sale", "S1", "T1"),
                            NewSale.paidByPayPay(sale, "T1"));
                    paid(journal, id, clock);
                }
            }
        }
    }

    private static void paid(Journal journal, String id, Clock clock) {
        journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withAcceptedAt(clock.instant()));
    }

    private static double median(Callable<?> work) throws Exception {
        work.call(); // warm up
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** The journal's clock, moved by the filler so sales fall on their days. */
    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
