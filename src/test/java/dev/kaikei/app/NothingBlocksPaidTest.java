package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.Journal;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import dev.kaikei.simulator.PayPaySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter's promise: whatever else is slow — every PayPay call of another payment hanging, a journal backup under
 * way, the reconciler at work — the next customer still gets a QR, and "Paid" follows their payment within the poll
 * interval plus a second. Built as the app builds it ({@link EngineThreads}), on a real journal file and the simulator.
 */
@DisplayName("nothing blocks Paid")
class NothingBlocksPaidTest {

    private static final Duration POLL = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private PayPaySimulator sim;
    private Journal journal;
    private PayPayClient client;
    private EngineThreads threads;
    private PaymentEngine engine;
    private final CountDownLatch backupRunning = new CountDownLatch(1);
    private final CountDownLatch releaseBackup = new CountDownLatch(1);

    @AfterEach
    void close() {
        releaseBackup.countDown();
        if (engine != null) {
            engine.close();
        }
        if (threads != null) {
            threads.close();
        }
        client.close();
        sim.close();
        journal.close();
    }

    @Test
    @DisplayName("with one payment's calls all hanging and a backup running, the next checkout shows QR and Paid")
    void paidWhileEverythingElseWaits() throws Exception {
        sim = TestPayPay.startSimulator(300);
        Path file = dir.resolve("journal.sqlite");
        Journal.open(file).close();
        // A few days of sales, so the backup has something to copy.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO payments (merchant_payment_id, kind, amount, state, created_at, updated_at) "
                    + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                    + "SELECT 'OLD-' || i, 'QR', 100 + i, 'COMPLETED', 1700000000000 + i, 1700000000000 + i FROM n");
        }
        journal = Journal.open(file);
        // Production deadlines shortened, so the hanging calls end within the test.
        client = new PayPayClient(OpaClientConfig.builder(Credentials.of(TestPayPay.API_KEY, TestPayPay.API_SECRET,
                        TestPayPay.MERCHANT_ID)).baseUrl(sim.baseUri().toString())
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(3),
                        Duration.ofSeconds(3)))
                .retryPolicy(RetryPolicy.NONE).build());
        threads = new EngineThreads();
        EngineSettings settings = EngineSettings.defaults("T1", "S1", "Shop").withPollInterval(POLL);
        engine = new PaymentEngine(client, journal, new MerchantIds("T1", Clock.systemUTC()), settings,
                Clock.systemUTC(), threads.engine());
        engine.startReconciler();

        // Payment A: every call about it hangs (its create is told apart by its description).
        sim.faults().add(FaultRule.withProbability(1, Operation.ANY, FaultKind.NO_RESPONSE)
                .hold(Duration.ofSeconds(30)).matching("HANG-A"));
        Checkout a = engine.start(new ChargeRequest(5000, "HANG-A", false));
        sim.faults().add(FaultRule.withProbability(1, Operation.ANY, FaultKind.NO_RESPONSE)
                .hold(Duration.ofSeconds(30)).matching(a.merchantPaymentId()));

        // The day's backup starts, and is still copying while the next customer pays.
        JournalBackups backups = new JournalBackups(journal, dir.resolve("backups"), 3, Clock.systemUTC(), () -> {
            backupRunning.countDown();
            try {
                releaseBackup.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
        CompletableFuture<?> backup = CompletableFuture.runAsync(backups::backUpTodayQuietly, threads.backups());
        assertThat(backupRunning.await(10, TimeUnit.SECONDS)).as("the backup started copying").isTrue();

        Checkout b = engine.start(new ChargeRequest(700, "Coffee", false));
        await().atMost(Duration.ofSeconds(5)).until(() -> b.status().phase() == CheckoutPhase.AWAITING_PAYMENT);
        String url = b.status().qrUrl().orElseThrow();
        String codeId = url.substring(url.lastIndexOf('/') + 1);

        sim.payCode(codeId);
        await().atMost(POLL.plusSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> b.status().phase() == CheckoutPhase.PAID);

        assertThat(a.status().phase().isFinished()).as("A's calls were still hanging").isFalse();
        assertThat(backup).as("the backup was still copying").isNotDone();
        releaseBackup.countDown();
        backup.get(30, TimeUnit.SECONDS);
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).matches("journal-\\d{4}-\\d\\d-\\d\\d\\.sqlite"));
        }
    }
}
