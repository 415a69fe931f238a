package dev.kaikei.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.CashMovementRecord;
import dev.kaikei.journal.CashCountRecord;
import dev.kaikei.journal.CountKind;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillState;
import dev.kaikei.journal.ZReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till's crash-safety test: a child JVM works the till on a real journal file and is killed (SIGKILL) at random
 * moments, again and again; afterwards every change the child acknowledged is in the journal, no cash movement or
 * PayPay sale counts in two sessions, and every Z report equals what its session's records add up to.
 */
@DisplayName("till crash safety: kill -9 at any point")
class TillCrashTest {

    private static final int KILLS = 12;
    private static final long SEED = 20_261_206L;

    @TempDir
    Path dir;

    @Test
    @DisplayName("after " + KILLS + " kills nothing is lost, nothing counted twice, no sale in two days")
    void survivesKills() throws Exception {
        Path journalFile = dir.resolve("journal.sqlite");
        Random random = new Random(SEED);
        Set<Long> moved = ConcurrentHashMap.newKeySet();
        Set<String> paid = ConcurrentHashMap.newKeySet();
        Set<Integer> closed = ConcurrentHashMap.newKeySet();
        Set<Long> cashSold = ConcurrentHashMap.newKeySet();
        try (Journal journal = Journal.open(journalFile)) {
            new Till(journal, Clock.systemUTC(), "Kaikei Coffee", "T1").open(10_000);
        }
        for (int round = 0; round < KILLS; round++) {
            runAndKill(journalFile, random, round, moved, paid, closed, cashSold);
        }
        assertThat(closed).as("closes happened").hasSizeGreaterThan(3);
        try (Journal journal = Journal.open(journalFile)) {
            assertConsistent(journal, moved, paid, closed, cashSold);
        }
    }

    private void runAndKill(Path journalFile, Random random, int round, Set<Long> moved, Set<String> paid,
                            Set<Integer> closed, Set<Long> cashSold) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), TillCrashLoop.class.getName(), journalFile.toString(),
                Long.toString(SEED + round))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.err").toFile()))
                .start();
        AtomicInteger progress = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    // Only whole lines count: the child printed them after the commit returned.
                    if (line.startsWith("MOVED ")) {
                        moved.add(Long.parseLong(line.substring(6)));
                    } else if (line.startsWith("PAID ")) {
                        paid.add(line.substring(5));
                    } else if (line.startsWith("CASH ")) {
                        cashSold.add(Long.parseLong(line.substring(5)));
                    } else if (line.startsWith("CLOSED ")) {
                        closed.add(Integer.parseInt(line.substring(7)));
                    }
                    progress.incrementAndGet();
                }
            } catch (IOException | NumberFormatException e) {
                // the child died mid-line: that line was never a whole acknowledgement
            }
        }, "till-child-out");
        reader.start();
        int target = 5 + random.nextInt(60);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2))
                    .until(() -> progress.get() >= target || !child.isAlive());
            assertThat(child.isAlive()).as("child of round %d died by itself (see child.err)", round).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
        }
    }

    private static void assertConsistent(Journal journal, Set<Long> moved, Set<String> paid, Set<Integer> closed,
                                         Set<Long> cashSold) {
        List<TillSessionRecord> sessions = journal.till().sessions(new BusinessDay(LocalDate.of(2000, 1, 1)),
                new BusinessDay(LocalDate.of(2999, 1, 1)));
        assertThat(sessions.stream().filter(s -> s.state() == TillState.OPEN)).as("open sessions").hasSizeLessThan(2);
        List<ZReport> zs = journal.till().zReports(new BusinessDay(LocalDate.of(2000, 1, 1)),
                new BusinessDay(LocalDate.of(2999, 1, 1)));
        assertThat(zs).extracting(ZReport::number).as("Z numbers 1..n, none lost or doubled")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, zs.size()).boxed().toList());
        assertThat(zs.stream().map(ZReport::number).collect(Collectors.toSet())).containsAll(closed);

        Map<Long, CashMovementRecord> movements = sessions.stream()
                .flatMap(s -> journal.till().movements(s.id()).stream())
                .collect(Collectors.toMap(CashMovementRecord::id, Function.identity()));
        assertThat(movements.keySet()).as("every acknowledged cash movement survived").containsAll(moved);

        List<SaleRecord> allSales = new ArrayList<>();
        for (LocalDate d = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(30);
             !d.isAfter(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30)); d = d.plusDays(1)) {
            allSales.addAll(journal.salesOn(new BusinessDay(d)));
        }
        assertThat(allSales.stream().map(SaleRecord::id).collect(Collectors.toSet()))
                .as("every acknowledged cash sale survived").containsAll(cashSold);
        long cashInZReports = 0;
        TillSessionRecord previous = null;
        ZReport previousZ = null;
        for (TillSessionRecord s : sessions) {
            if (previous != null) {
                assertThat(s.periodStart()).as("session %s starts where %s closed", s.day(), previous.day())
                        .isEqualTo(previous.closedAt());
                assertThat(s.openingFloat()).as("the float the last close left").isEqualTo(previousZ.nextFloat());
            }
            if (s.state() == TillState.CLOSED) {
                ZReport z = zs.stream().filter(r -> r.session().id() == s.id()).findFirst().orElseThrow();
                long sum = journal.till().movements(s.id()).stream().mapToLong(CashMovementRecord::amount).sum();
                List<SaleRecord> cashInPeriod = allSales.stream().filter(sale -> !sale.createdAt()
                        .isBefore(s.periodStart()) && sale.createdAt().isBefore(s.closedAt())).toList();
                long cashYen = cashInPeriod.stream().mapToLong(sale -> sale.tenders().get(0).amount()).sum();
                assertThat(z.figures().cash().sales().count()).as("Z %d counts its own cash sales", z.number())
                        .isEqualTo(cashInPeriod.size());
                assertThat(z.figures().expectedCash()).as("Z %d adds up its movements and cash sales once",
                        z.number()).isEqualTo(s.openingFloat() + sum + cashYen);
                cashInZReports += z.figures().cash().sales().count();
                List<CashCountRecord> closes = journal.till().counts(s.id()).stream()
                        .filter(c -> c.kind() == CountKind.CLOSE).toList();
                assertThat(closes).hasSize(1);
                assertThat(closes.get(0).counted()).isEqualTo(z.countedCash());
                previousZ = z;
            } else {
                assertThat(zs).noneMatch(z -> z.session().id() == s.id());
            }
            previous = s;
        }

        List<PaymentRecord> all = journal.search(PaymentSearch.all().page(1000, 0));
        // A child killed between journaling a payment and PayPay's answer leaves it open: not a sale (yet).
        List<PaymentRecord> payments = all.stream().filter(p -> p.state().wasPaid()).toList();
        assertThat(payments.stream().map(PaymentRecord::merchantPaymentId).collect(Collectors.toSet()))
                .as("every acknowledged PayPay sale survived").containsAll(paid);
        long inZReports = zs.stream().mapToLong(z -> z.figures().paypay().sales().count()).sum();
        long beforeLastClose = zs.isEmpty() ? 0 : payments.stream()
                .filter(p -> p.acceptedAt().isBefore(zs.get(zs.size() - 1).closedAt())).count();
        assertThat(inZReports).as("each PayPay sale before the last close is in exactly one Z report")
                .isEqualTo(beforeLastClose);
        for (PaymentRecord p : payments) {
            long holders = sessions.stream().filter(s -> !p.acceptedAt().isBefore(s.periodStart())
                    && (s.closedAt() == null || p.acceptedAt().isBefore(s.closedAt()))).count();
            assertThat(holders).as("sessions holding %s", p.merchantPaymentId()).isEqualTo(1);
        }
        long cashBeforeLastClose = zs.isEmpty() ? 0 : allSales.stream()
                .filter(sale -> sale.createdAt().isBefore(zs.get(zs.size() - 1).closedAt())).count();
        assertThat(cashInZReports).as("each cash sale before the last close is in exactly one Z report")
                .isEqualTo(cashBeforeLastClose);
        assertThat(cashSold).as("cash sales were made").isNotEmpty();
        assertThat(moved).as("the child got to work").isNotEmpty();
        assertThat(paid).isNotEmpty();
    }
}
