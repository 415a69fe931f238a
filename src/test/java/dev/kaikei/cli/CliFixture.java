package dev.kaikei.cli;

import static org.awaitility.Awaitility.await;

import dev.kaikei.app.AppOptions;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code kaikei} commands in-process through {@link KaikeiCommand#commandLine(AppOptions)} with captured output,
 * against a PayPay simulator in the test JVM (configured as STAGING over loopback http) and a real journal file.
 * Commands share the simulator's movable clock, so expiry is tested by moving it.
 */
abstract class CliFixture {

    @TempDir
    Path dir;

    PayPaySimulator sim;
    /** What the commands read as the manager PIN (a terminal or KAIKEI_MANAGER_PIN); none by default. */
    PinSource pins = prompt -> Optional.empty();
    Path journalFile;
    Path config;
    Journal journal;

    /** One finished command: exit code and what it printed. */
    record Run(int code, String out, String err) {
    }

    /** A command running on another thread; its output can be read while it runs. */
    record Running(CompletableFuture<Integer> code, StringWriter out, StringWriter err) {
        Run finish() {
            int c = code.orTimeout(20, TimeUnit.SECONDS).join();
            return new Run(c, out.toString(), err.toString());
        }
    }

    @BeforeEach
    void startPayPay() {
        sim = TestPayPay.startSimulator(300);
        journalFile = dir.resolve("journal.sqlite");
        config = TestPayPay.stagingConfig(dir, sim, journalFile);
        journal = Journal.open(journalFile); // creates the schema before any command runs
    }

    @AfterEach
    void stopPayPay() {
        journal.close();
        sim.close();
    }

    AppOptions options() {
        return TestPayPay.fastOptions().withClock(sim.clock());
    }

    /** Runs a command with {@code --config} pointing at the test simulator. */
    Run run(String... args) {
        return start(args).finish();
    }

    Running start(String... args) {
        return startWith(config, args);
    }

    Running startWith(Path configFile, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config");
        all.add(configFile.toString());
        CommandLine cl = KaikeiCommand.commandLine(options(), pins);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cl.execute(all.toArray(String[]::new)));
        return new Running(code, out, err);
    }

    static ConditionFactory waiting() {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20));
    }

    List<PaymentRecord> payments() {
        return journal.search(PaymentSearch.all().page(1000, 0));
    }

    /** Waits for the newest payment to have its QR code and returns it. */
    PaymentRecord awaitCode(int paymentsBefore) {
        return waiting().until(() -> payments().size() > paymentsBefore
                ? payments().get(0) : null, p -> p != null && p.codeId() != null);
    }

    /** A payment charged through the CLI and paid by the customer; returns its merchant payment id. */
    String paidCharge(long yen, String... extra) {
        int before = payments().size();
        List<String> args = new ArrayList<>(List.of("charge", Long.toString(yen)));
        args.addAll(List.of(extra));
        Running r = start(args.toArray(String[]::new));
        PaymentRecord p = awaitCode(before);
        sim.payCode(p.codeId());
        Run done = r.finish();
        if (done.code() != 0) {
            throw new AssertionError("charge failed: " + done);
        }
        return p.merchantPaymentId();
    }
}
