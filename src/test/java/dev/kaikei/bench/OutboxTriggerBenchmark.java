package dev.kaikei.bench;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.NewSale;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the HQ sync outbox costs the money path: the same journal commits (a PayPay sale's payment and sale rows and
 * the payment's two transitions, a refund's insert and its transition, a cash sale) on two journals side by side, one
 * as shipped and one with every outbox trigger dropped, interleaved round by round so both see the same machine load. Measured on fresh journals
 * and again when 100,000 changes wait (a till that has not reached HQ for weeks; both journals then hold the same
 * 100,000 extra payments).
 * Run: {@code java -cp $CP dev.kaikei.bench.OutboxTriggerBenchmark [rounds, default 40]} (README, Benchmarks).
 */
public final class OutboxTriggerBenchmark {

    private static final int PER_ROUND = 50;
    private static final int BACKLOG = 100_000;
    private static final String[] STEPS = {"payment + sale", "to AWAITING", "to COMPLETED", "insert refund",
        "refund SUCCEEDED", "cash sale"};
    /** What the money path commits with every PayPay sale: coffee ×2 (8 %), a bag (10 %), a stamp (0 %). */
    private static final Sale SALE = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
            new SaleLine("c", "コーヒー", 330, 2, TaxCategory.REDUCED), new SaleLine("b", "レジ袋", 5, 1,
                    TaxCategory.STANDARD), SaleLine.of("切手", 110, TaxCategory.NON_TAXABLE));

    private OutboxTriggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Files.createTempDirectory("kaikei-outbox-bench");
        Path with = dir.resolve("with-outbox.db");
        Path without = dir.resolve("without-outbox.db");
        Journal.open(with).close();
        Journal.open(without).close();
        List<String> triggers = new ArrayList<>();
        sql(without, st -> {
            try (var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    + "AND name LIKE '%sync%'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String trigger : triggers) {
                st.execute("DROP TRIGGER " + trigger);
            }
        });
        System.out.printf("outbox triggers dropped in the journal without: %s%n", triggers);

        System.out.printf("journal commits (synchronous=FULL, WAL), %d rounds x %d payments each, alternating:%n",
                rounds, PER_ROUND);
        compare(with, without, rounds, "fresh journals");
        backlog(with);
        backlog(without);
        compare(with, without, rounds, String.format("%,d changes waiting for HQ", BACKLOG));
        System.out.printf("  (outbox after the run: %,d waiting with triggers, %,d without)%n", waiting(with),
                waiting(without));
    }

    private static void compare(Path with, Path without, int rounds, String title) throws Exception {
        long[][] a = new long[STEPS.length][rounds * PER_ROUND];
        long[][] b = new long[STEPS.length][rounds * PER_ROUND];
        try (Journal withOutbox = Journal.open(with); Journal withoutOutbox = Journal.open(without)) {
            String run = Long.toString(System.nanoTime(), 36);
            // Warm-up (JIT, page cache) on both, then alternate so drifting load hits both alike.
            for (int w = 0; w < 4; w++) {
                round(withOutbox, run + "w" + w, null, 0);
                round(withoutOutbox, run + "w" + w, null, 0);
            }
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    round(withOutbox, run + "r" + r, a, r * PER_ROUND);
                    round(withoutOutbox, run + "r" + r, b, r * PER_ROUND);
                } else {
                    round(withoutOutbox, run + "r" + r, b, r * PER_ROUND);
                    round(withOutbox, run + "r" + r, a, r * PER_ROUND);
                }
            }
        }
        System.out.printf("%s (microseconds per commit):%n", title);
        System.out.printf("  %-17s %21s   %21s   %s%n", "", "with outbox  med/p90", "without  med/p90",
                "median ratio (difference)");
        long[] sumA = new long[rounds * PER_ROUND];
        long[] sumB = new long[rounds * PER_ROUND];
        for (int s = 0; s < STEPS.length; s++) {
            line(STEPS[s], a[s], b[s]);
            for (int i = 0; i < sumA.length; i++) {
                sumA[i] += a[s][i];
                sumB[i] += b[s][i];
            }
        }
        line("all six", sumA, sumB);
    }

    private static void line(String label, long[] with, long[] without) {
        double ma = quantile(with, 0.5);
        double mb = quantile(without, 0.5);
        System.out.printf("  %-17s %9.0f / %9.0f   %9.0f / %9.0f   %.2f (%+.0f us)%n", label, ma,
                quantile(with, 0.9), mb, quantile(without, 0.9), ma / mb, ma - mb);
    }

    /**
     * One round: each sale as the engine writes it (payment and sale rows first, then the payment's transitions), a
     * refund of it, and a cash sale.
     */
    private static void round(Journal journal, String prefix, long[][] times, int offset) {
        for (int i = 0; i < PER_ROUND; i++) {
            String id = "b" + prefix + "-" + i;
            long t0 = System.nanoTime();
            journal.insertPayment(NewPayment.qr(id, SALE.total(), "coffee", "store-1", "till-1"),
                    NewSale.paidByPayPay(SALE, "till-1"));
            long t1 = System.nanoTime();
            journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.AWAITING_PAYMENT)
                    .withCode("code-" + id, "https://qr.example/" + id, "paypay://" + id, Instant.now()));
            long t2 = System.nanoTime();
            journal.transition(id, PaymentState.AWAITING_PAYMENT, PaymentChange.to(PaymentState.COMPLETED)
                    .withPaypayPaymentId("PP" + i));
            long t3 = System.nanoTime();
            OperationRecord refund = journal.insertOperation(NewOperation.refund(id, "rf-" + id, 100, null));
            long t4 = System.nanoTime();
            journal.updateOperation(refund.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.PARTIALLY_REFUNDED)));
            long t5 = System.nanoTime();
            journal.insertSale(new NewSale(SALE, "till-1", List.of(CashTender.exact(SALE.total()))));
            long t6 = System.nanoTime();
            if (times != null) {
                long[] marks = {t0, t1, t2, t3, t4, t5, t6};
                for (int s = 0; s < STEPS.length; s++) {
                    times[s][offset + i] = marks[s + 1] - marks[s];
                }
            }
        }
    }

    /** The same 100,000 paid payments in both journals; only the one with triggers queues them for HQ. */
    private static void backlog(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO payments (merchant_payment_id, kind, amount, "
                    + "description, state, paypay_status, created_at, updated_at, refunded_total, captured_amount) "
                    + "VALUES (?, 'QR', 1200, 'latte', 'COMPLETED', 'COMPLETED', ?, ?, 0, 0)")) {
                long now = System.currentTimeMillis();
                for (int i = 0; i < BACKLOG; i++) {
                    ps.setString(1, "backlog-" + i);
                    ps.setLong(2, now);
                    ps.setLong(3, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static long waiting(Path file) throws Exception {
        long[] n = new long[1];
        sql(file, st -> {
            try (var rs = st.executeQuery("SELECT count(*) FROM sync_outbox")) {
                rs.next();
                n[0] = rs.getLong(1);
            }
        });
        return n[0];
    }

    private interface SqlWork {
        void run(Statement st) throws Exception;
    }

    private static void sql(Path file, SqlWork work) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            work.run(st);
        }
    }

    private static double quantile(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e3;
    }
}
