package dev.kaikei.chaos;

import static org.awaitility.Awaitility.await;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import dev.kaikei.simulator.CustomerAction;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Ledger;
import dev.kaikei.simulator.Operation;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chaos acceptance run: several terminals, each a child JVM with its own journal, take payments, refunds and
 * cancels at one simulator that injects a share of faults of every kind, while this process pays or declines their
 * codes as the customers and kills (SIGKILL) random terminals mid-flight, restarting them. At the end the faults stop,
 * each terminal's journal is reconciled, and each terminal's CSV export is compared with PayPay's ledger
 * ({@link ExportVsLedger}). Used by {@link ChaosTest} (small, in the suite) and the {@code ChaosRun} command (long).
 */
public final class Chaos {

    /** How big a run is. */
    public record Plan(int terminals, int kills, double faultRate, long seed) {
    }

    /** What a run did, and what differs between the exports and PayPay's books (empty: they agree). */
    public record Report(int kills, int steps, long faultsFired, Ledger ledger, List<String> differences,
                         Duration took) {
    }

    private Chaos() {
    }

    public static Report run(Plan plan, Path dir) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(plan.seed());
        try (PayPaySimulator sim = TestPayPay.startSimulator(5)) {
            List<Path> configs = new ArrayList<>();
            for (int t = 1; t <= plan.terminals(); t++) {
                configs.add(config(dir.resolve("T" + t), sim, "T" + t));
            }
            sim.faults().replace(faults(plan.faultRate()));
            ScheduledExecutorService customer = Executors.newSingleThreadScheduledExecutor();
            Set<String> seen = new HashSet<>();
            Random dice = new Random(plan.seed() + 1);
            customer.scheduleWithFixedDelay(() -> actAsCustomer(sim, seen, dice), 0, 30, TimeUnit.MILLISECONDS);
            AtomicInteger steps = new AtomicInteger();
            Map<Integer, Process> running = new HashMap<>();
            int kills = 0;
            try {
                for (int t = 0; t < configs.size(); t++) {
                    running.put(t, start(configs.get(t), plan.seed() + t * 1000L, dir, steps));
                }
                while (kills < plan.kills()) {
                    int victim = random.nextInt(configs.size());
                    int target = steps.get() + 3 + random.nextInt(12);
                    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                            .until(() -> steps.get() >= target);
                    Process p = running.get(victim);
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                    kills++;
                    running.put(victim, start(configs.get(victim), plan.seed() + kills * 7919L, dir, steps));
                }
            } finally {
                customer.shutdownNow();
                customer.awaitTermination(5, TimeUnit.SECONDS);
                for (Process p : running.values()) {
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
            long fired = sim.faults().fired();
            sim.faults().clear();
            // Unpaid codes expire and refunds finish at PayPay; then each terminal settles its journal.
            sim.clock().advance(Duration.ofSeconds(60));
            List<Path> exports = new ArrayList<>();
            for (Path config : configs) {
                try (AppContext ctx = AppContext.open(TestPayPay.load(config.getParent(), config),
                        TestPayPay.fastOptions().withClock(sim.clock()).withBackgroundReconciler(false))) {
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                            .until(() -> ctx.engine().reconcileNow().isClean());
                }
                exports.add(export(config.getParent()));
            }
            Ledger ledger = sim.ledger();
            List<String> differences = ExportVsLedger.compare(exports, ledger);
            return new Report(kills, steps.get(), fired, ledger, differences,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** About {@code rate} of all calls meet a fault, spread evenly over every kind. */
    static List<FaultRule> faults(double rate) {
        FaultKind[] kinds = FaultKind.values();
        double each = 1 - Math.pow(1 - rate, 1.0 / kinds.length);
        List<FaultRule> rules = new ArrayList<>();
        for (FaultKind kind : kinds) {
            FaultRule rule = FaultRule.withProbability(each, Operation.ANY, kind);
            rules.add(switch (kind) {
                case NO_RESPONSE -> rule.hold(Duration.ofMillis(1500));
                case LATENCY -> rule.latency(Duration.ofMillis(300));
                case RATE_LIMIT -> rule.retryAfter(0);
                default -> rule;
            });
        }
        return rules;
    }

    private static Path config(Path dir, PayPaySimulator sim, String terminal) throws IOException {
        Files.createDirectories(dir);
        Path journal = dir.resolve("journal.sqlite");
        Path file = dir.resolve("kaikei.properties");
        Files.writeString(file, "paypay.env=STAGING\npaypay.baseUrl=" + sim.baseUri() + "\npaypay.apiKey="
                + TestPayPay.API_KEY + "\npaypay.apiSecret=" + TestPayPay.API_SECRET + "\npaypay.merchantId="
                + TestPayPay.MERCHANT_ID + "\nstore.name=Chaos\nterminal.id=" + terminal + "\nlocale=en\n"
                + "journal.path=" + journal.toString().replace("\\", "\\\\") + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static Process start(Path config, long seed, Path dir, AtomicInteger steps) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ChaosTerminal.class.getName(),
                config.toString(), Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("children.err").toFile()))
                .start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ERROR")) {
                        System.err.println(config.getParent().getFileName() + ": " + line);
                    }
                    steps.incrementAndGet();
                }
            } catch (IOException e) {
                // killed mid-line: expected
            }
        }, "chaos-out");
        reader.setDaemon(true);
        reader.start();
        return child;
    }

    private static void actAsCustomer(PayPaySimulator sim, Set<String> seen, Random dice) {
        for (Ledger.Payment p : sim.ledger().payments()) {
            if (p.codeId() == null || !"CREATED".equals(p.status()) || !seen.add(p.codeId())) {
                continue;
            }
            int roll = dice.nextInt(100);
            try {
                if (roll < 65) {
                    sim.payCode(p.codeId());
                } else if (roll < 80) {
                    sim.declineCode(p.codeId());
                } // else the customer walks away: the code expires
            } catch (CustomerAction.Refused e) {
                // withdrawn or expired first: a race the app must handle
            }
        }
    }

    /** The terminal's CSV export of yesterday..tomorrow (Tokyo), so a run across midnight loses nothing. */
    private static Path export(Path terminalDir) {
        Path csv = terminalDir.resolve("export.csv");
        try (Journal journal = Journal.open(terminalDir.resolve("journal.sqlite"))) {
            BusinessDay today = BusinessDay.today(Clock.systemUTC());
            journal.exportCsv(today.previous(), today.next(), csv);
        }
        return csv;
    }
}
