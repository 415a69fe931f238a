package dev.kaikei.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.CustomerAction;
import dev.kaikei.simulator.Ledger;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's crash-safety acceptance test: checkouts run in a child JVM that is killed (SIGKILL) at random moments
 * while a seeded customer in this JVM pays or declines codes at a simulator that outlives every child; after the last
 * kill a reconciler pass settles everything, and the journal must then agree with PayPay's books exactly.
 */
@DisplayName("crash safety: a killed app loses nothing")
class CrashRecoveryTest {

    private static final int KILLS = 20;
    private static final long SEED = 20_240_601L;

    @TempDir
    Path dir;

    @Test
    @DisplayName("after " + KILLS + " kills at random points the journal matches the simulator's ledger exactly")
    void journalMatchesLedgerAfterRandomKills() throws Exception {
        Random random = new Random(SEED);
        Path journalFile = dir.resolve("journal.sqlite");
        try (PayPaySimulator sim = TestPayPay.startSimulator(3)) {
            Path config = TestPayPay.stagingConfig(dir, sim, journalFile);
            ScheduledExecutorService customer = Executors.newSingleThreadScheduledExecutor();
            Set<String> seen = new HashSet<>();
            Random customerDice = new Random(SEED + 1);
            customer.scheduleWithFixedDelay(() -> actAsCustomer(sim, seen, customerDice), 0, 30,
                    TimeUnit.MILLISECONDS);
            int kills = 0;
            try {
                while (kills < KILLS) {
                    runAndKill(config, random, kills);
                    kills++;
                }
            } finally {
                customer.shutdownNow();
                customer.awaitTermination(5, TimeUnit.SECONDS);
            }
            // Every unpaid code expires (3 s codes; within the ±120 s signing tolerance), then one owner settles all.
            sim.clock().advance(Duration.ofSeconds(60));
            try (AppContext ctx = AppContext.open(TestPayPay.load(dir, config), TestPayPay.fastOptions()
                    .withClock(sim.clock()).withBackgroundReconciler(false))) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                        .until(() -> ctx.engine().reconcileNow().isClean());
            }
            assertThat(kills).isEqualTo(KILLS);
            assertJournalMatches(sim.ledger(), journalFile);
        }
    }

    /** Starts the child, waits for a random amount of real progress, and kills it without warning. */
    private void runAndKill(Path config, Random random, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CheckoutLoop.class.getName(), config.toString(),
                Long.toString(SEED + round))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.err").toFile()))
                .start();
        AtomicInteger progress = new AtomicInteger();
        List<String> errors = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ERROR")) {
                        errors.add(line);
                    }
                    progress.incrementAndGet();
                }
            } catch (IOException e) {
                // the child died mid-line: expected
            }
        }, "child-out");
        reader.start();
        int target = 2 + random.nextInt(8); // READY plus a few steps: create, show, pay, end...
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                    .until(() -> progress.get() >= target || !child.isAlive());
            assertThat(child.isAlive()).as("child of round %d died by itself (see child.err)", round).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
        }
        assertThat(errors).as("child errors").isEmpty();
    }

    private static void actAsCustomer(PayPaySimulator sim, Set<String> seen, Random dice) {
        for (Ledger.Payment p : sim.ledger().payments()) {
            if (p.codeId() == null || !"CREATED".equals(p.status()) || !seen.add(p.codeId())) {
                continue;
            }
            int roll = dice.nextInt(100);
            try {
                if (roll < 50) {
                    sim.payCode(p.codeId());
                } else if (roll < 70) {
                    sim.declineCode(p.codeId());
                } // else the customer walks away: the code expires
            } catch (CustomerAction.Refused e) {
                // the code was withdrawn or expired first: fine, that is a race the app must handle
            }
        }
    }

    private static void assertJournalMatches(Ledger ledger, Path journalFile) {
        List<PaymentRecord> rows = new ArrayList<>();
        try (Journal journal = Journal.open(journalFile)) {
            for (int offset = 0; ; offset += 1000) {
                List<PaymentRecord> page = journal.search(PaymentSearch.all().page(1000, offset));
                rows.addAll(page);
                if (page.size() < 1000) {
                    break;
                }
            }
            assertThat(journal.nonFinalOperations()).as("open operations").isEmpty();
        }
        Map<String, PaymentRecord> journaled = rows.stream()
                .collect(Collectors.toMap(PaymentRecord::merchantPaymentId, Function.identity()));
        assertThat(journaled).as("merchant payment ids are unique").hasSameSizeAs(rows);
        assertThat(rows).as("rows left open").allSatisfy(r -> assertThat(r.state().isFinal())
                .as("%s is %s", r.merchantPaymentId(), r.state()).isTrue());
        long paid = 0;
        for (Ledger.Payment lp : ledger.payments()) {
            PaymentRecord jp = journaled.get(lp.merchantPaymentId());
            assertThat(jp).as("PayPay holds %s but the journal does not", lp.merchantPaymentId()).isNotNull();
            assertThat(jp.amount()).as("amount of %s", lp.merchantPaymentId()).isEqualTo(lp.amount());
            assertThat(jp.state()).as("%s: PayPay %s (accepted %s)", lp.merchantPaymentId(), lp.status(),
                    lp.acceptedAt()).isIn(expected(lp));
            if ("COMPLETED".equals(lp.status())) {
                paid++;
                assertThat(jp.paypayPaymentId()).isEqualTo(lp.paymentId());
                assertThat(jp.saleAmount()).isEqualTo(lp.paidAmount());
            }
        }
        Set<String> atPayPay = ledger.payments().stream().map(Ledger.Payment::merchantPaymentId)
                .collect(Collectors.toSet());
        assertThat(rows).as("journal rows PayPay never saw were never paid").filteredOn(
                r -> !atPayPay.contains(r.merchantPaymentId())).allSatisfy(r -> assertThat(r.state())
                .isEqualTo(PaymentState.FAILED));
        assertThat(paid).as("some customers paid").isPositive();
        assertThat(ledger.payments().size()).as("checkouts reached PayPay").isGreaterThan(KILLS);
    }

    private static Set<PaymentState> expected(Ledger.Payment lp) {
        boolean charged = lp.acceptedAt() != null;
        return switch (lp.status()) {
            case "COMPLETED" -> Set.of(PaymentState.COMPLETED);
            // Paid, then cancelled by the app (a late payment on a withdrawn id): the money went back.
            case "FAILED" -> charged ? Set.of(PaymentState.CANCELED)
                    : Set.of(PaymentState.FAILED, PaymentState.EXPIRED, PaymentState.ABANDONED);
            case "CREATED" -> Set.of(PaymentState.EXPIRED, PaymentState.ABANDONED, PaymentState.FAILED);
            default -> Set.of();
        };
    }

}
