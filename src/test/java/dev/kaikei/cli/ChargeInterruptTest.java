package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.Main;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kaikei charge} in a real child process, stopped with SIGTERM (what Ctrl-C and {@code kill} send). */
@DisplayName("kaikei charge, interrupted")
class ChargeInterruptTest {

    @TempDir
    Path dir;

    private PayPaySimulator sim;
    private Path config;
    private Path journalFile;

    @BeforeEach
    void start() {
        sim = TestPayPay.startSimulator(300);
        journalFile = dir.resolve("journal.sqlite");
        config = TestPayPay.stagingConfig(dir, sim, journalFile);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Output of a child process, collected as it comes. */
    private static final class Output {
        private final StringBuffer text = new StringBuffer();
        private final Thread reader;

        Output(InputStream in) {
            reader = new Thread(() -> {
                byte[] buf = new byte[8192];
                try {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Everything the process wrote, once its stream closed. */
        String all() throws InterruptedException {
            reader.join(10_000);
            return text();
        }

        String text() {
            return text.toString();
        }
    }

    private record Child(Process process, Output out, Output err) {
    }

    private Child charge(String amount) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "charge", amount, "--config", config.toString()).start();
        Child child = new Child(p, new Output(p.getInputStream()), new Output(p.getErrorStream()));
        await().atMost(Duration.ofSeconds(30)).until(() -> child.out().text().contains("open: ") || !p.isAlive());
        assertThat(p.isAlive()).as("charge is waiting: %s %s", child.out().text(), child.err().text()).isTrue();
        return child;
    }

    /** SIGTERM, as Ctrl-C or kill sends it; Process.destroy() would also close our ends of its output pipes. */
    private static void interrupt(Child child) {
        assertThat(child.process().toHandle().destroy()).isTrue();
    }

    private PaymentRecord onlyPayment() {
        try (Journal journal = Journal.open(journalFile)) {
            return journal.search(PaymentSearch.all()).get(0);
        }
    }

    @Test
    @DisplayName("withdraws the code and records ABANDONED; nothing is charged")
    void abandonsSafely() throws Exception {
        Child child = charge("500");
        interrupt(child);
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.out().all()).as("exit %d, err %s", child.process().exitValue(), child.err().all()).contains("Interrupted: withdrawing the QR code...");
        assertThat(child.err().all()).contains("ABANDONED: the code was withdrawn; nothing was charged");
        PaymentRecord row = onlyPayment();
        assertThat(row.state()).isEqualTo(PaymentState.ABANDONED);
        assertThat(sim.ledger().payment(row.merchantPaymentId()).orElseThrow().paymentId()).isNull();
    }

    @Test
    @DisplayName("if the customer paid just before, says so and records the payment")
    void paidBeforeTheInterrupt() throws Exception {
        Child child = charge("700");
        String codeId = sim.ledger().payments().get(0).codeId();
        sim.payCode(codeId);
        interrupt(child);
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.out().all()).contains("PAID ¥700");
        assertThat(onlyPayment().state()).isEqualTo(PaymentState.COMPLETED);
    }
}
