package dev.kaikei.bench;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.DayReport;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.PaymentState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures journal commit latency (insert, transition) and, over a journal of 1,000,000 payments spread over three
 * years, the end-of-day report, a day's first history page and a month's search by amount.
 * Run (exec-maven-plugin 3.7.0 needs Maven 3.9; this machine has 3.8.7):
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * dev.kaikei.bench.JournalBenchmark [bigJournalPath [paymentCount]]}. The 1M journal (≈ 260 MB, ~70 s to generate)
 * is kept in target/bench/ and reused.
 */
public final class JournalBenchmark {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 30);
    private static final int DAYS = 3 * 365;
    private static final long[] PRICES = {300, 450, 500, 550, 980, 1200, 1500, 2980, 3000, 5000};

    private JournalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path big = Path.of(args.length > 0 ? args[0] : "target/bench/journal-1m.db");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        commitLatency();
        ensureBigJournal(big, count);
        queries(big);
    }

    private static void commitLatency() throws Exception {
        Path dir = Files.createTempDirectory("kaikei-bench");
        int n = 2000;
        long[] insert = new long[n];
        long[] transition = new long[n];
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            for (int i = 0; i < n; i++) {
                String id = "bench-" + i;
                long t0 = System.nanoTime();
                journal.insertPayment(NewPayment.qr(id, 500 + i, "coffee", "store-1", "till-1"));
                long t1 = System.nanoTime();
                journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.AWAITING_PAYMENT)
                        .withCode("code-" + i, "https://qr.example/" + i, "paypay://" + i, Instant.now()));
                long t2 = System.nanoTime();
                insert[i] = t1 - t0;
                transition[i] = t2 - t1;
            }
        }
        System.out.printf("commit latency over %d commits (synchronous=FULL, WAL):%n", n);
        report("  insertPayment", insert);
        report("  transition   ", transition);
    }

    private static void ensureBigJournal(Path file, int count) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM payments")) {
                if (rs.next() && rs.getLong(1) == count) {
                    System.out.printf("reusing %s (%,d payments)%n", file, count);
                    return;
                }
            }
            Files.delete(file);
        }
        Journal.open(file).close();
        long t0 = System.nanoTime();
        Random random = new Random(1);
        Instant firstDay = LAST_DAY.minusDays(DAYS - 1).atStartOfDay(BusinessDay.ZONE).toInstant();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement pay = c.prepareStatement("INSERT INTO payments (id, merchant_payment_id, kind, "
                    + "amount, description, store_id, terminal_id, code_id, paypay_payment_id, state, paypay_status, "
                    + "accepted_at, created_at, updated_at, refunded_total, captured_amount) "
                    + "VALUES (?, ?, ?, ?, ?, 'store-1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement op = c.prepareStatement("INSERT INTO operations (payment_id, kind, "
                         + "merchant_operation_id, amount, state, paypay_status, created_at, updated_at) "
                         + "VALUES (?, 'REFUND', ?, ?, 'SUCCEEDED', 'REFUNDED', ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    int day = (int) ((long) (i - 1) * DAYS / count);
                    long secondOfDay = 9 * 3600 + random.nextInt(12 * 3600);
                    long created = firstDay.plusSeconds(day * 86400L + secondOfDay).toEpochMilli() + random.nextInt(1000);
                    long amount = random.nextInt(4) == 0 ? 100 + random.nextInt(20000) : PRICES[random.nextInt(10)];
                    int roll = random.nextInt(1000);
                    PaymentState state = roll < 880 ? PaymentState.COMPLETED : roll < 920 ? PaymentState.EXPIRED
                            : roll < 950 ? PaymentState.ABANDONED : roll < 975 ? PaymentState.FAILED
                            : roll < 985 ? PaymentState.REFUNDED : roll < 992 ? PaymentState.PARTIALLY_REFUNDED
                            : roll < 999 ? PaymentState.CANCELED : PaymentState.UNKNOWN;
                    boolean paid = state.wasPaid();
                    long refunded = state == PaymentState.REFUNDED ? amount
                            : state == PaymentState.PARTIALLY_REFUNDED ? Math.max(1, amount / 2) : 0;
                    pay.setLong(1, i);
                    pay.setString(2, "T1-" + created + "-" + Integer.toHexString(random.nextInt()));
                    pay.setString(3, "QR");
                    pay.setLong(4, amount);
                    pay.setString(5, "order " + i);
                    pay.setString(6, "till-" + (1 + random.nextInt(3)));
                    pay.setString(7, "04-" + i);
                    pay.setString(8, paid ? "0" + (3_000_000_000L + i) : null);
                    pay.setString(9, state.name());
                    pay.setString(10, paid ? "COMPLETED" : state == PaymentState.UNKNOWN ? null : "FAILED");
                    if (paid) {
                        pay.setLong(11, created + 20_000);
                    } else {
                        pay.setNull(11, Types.INTEGER);
                    }
                    pay.setLong(12, created);
                    pay.setLong(13, created + 20_000);
                    pay.setLong(14, refunded);
                    pay.setLong(15, 0);
                    pay.addBatch();
                    if (refunded > 0) {
                        op.setLong(1, i);
                        op.setString(2, "R-" + i);
                        op.setLong(3, refunded);
                        op.setLong(4, created + 3_600_000);
                        op.setLong(5, created + 3_600_000);
                        op.addBatch();
                    }
                    if (i % 10_000 == 0) {
                        pay.executeBatch();
                        op.executeBatch();
                    }
                }
                pay.executeBatch();
                op.executeBatch();
            }
            c.commit();
        }
        System.out.printf("generated %,d payments over %d business days in %.1f s (%,d bytes)%n", count, DAYS,
                (System.nanoTime() - t0) / 1e9, Files.size(file));
    }

    private static void queries(Path file) {
        BusinessDay day = new BusinessDay(LAST_DAY.minusDays(100));
        Instant monthStart = day.date().withDayOfMonth(1).atStartOfDay(BusinessDay.ZONE).toInstant();
        Instant monthEnd = day.date().withDayOfMonth(1).plusMonths(1).atStartOfDay(BusinessDay.ZONE).toInstant();
        try (Journal journal = Journal.open(file)) {
            System.out.println("queries over the 1M journal (ms, after 5 warm-up runs, 30 measured):");
            time("  end-of-day report        ", () -> journal.dayReport(day));
            time("  history: first 50 of day", () -> journal.search(PaymentSearch.all().on(day).page(50, 0)));
            time("  history: day page 10     ", () -> journal.search(PaymentSearch.all().on(day).page(50, 450)));
            time("  search 980 yen in a month", () -> journal.search(PaymentSearch.all()
                    .between(monthStart, monthEnd).withAmount(980L).page(50, 0)));
            time("  search id substring, day ", () -> journal.search(PaymentSearch.all().on(day)
                    .withIdContaining("-a").page(50, 0)));
            time("  today's payments (all)   ", () -> journal.paymentsOn(day));
            time("  needs attention          ", journal::needsAttention);
            time("  non-final payments       ", journal::nonFinalPayments);
            DayReport r = journal.dayReport(day);
            System.out.printf("  (report of %s: %d sales, gross %,d yen, net %,d yen; month search found %d)%n",
                    day.date(), r.salesCount(), r.gross(), r.net(), journal.search(PaymentSearch.all()
                            .between(monthStart, monthEnd).withAmount(980L).page(1000, 0)).size());
        }
    }

    private static void time(String label, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        long[] samples = new long[30];
        for (int i = 0; i < samples.length; i++) {
            long t0 = System.nanoTime();
            query.get();
            samples[i] = System.nanoTime() - t0;
        }
        report(label, samples);
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s median %7.3f ms   p99 %7.3f ms   max %7.3f ms%n", label, ms(sorted, 0.50),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[index] / 1e6;
    }

}
