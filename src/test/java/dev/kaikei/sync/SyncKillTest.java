package dev.kaikei.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.hq.FlakyProxy;
import dev.kaikei.hq.HqFixture;
import dev.kaikei.journal.DayReport;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PaymentSearch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A till killed mid-batch")
class SyncKillTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("HQ stored the batch, the till died before hearing so: after a restart it pushes again and the "
            + "totals still agree exactly")
    void killedMidBatch() throws Exception {
        try (HqFixture hq = HqFixture.start(); FlakyProxy proxy = new FlakyProxy(hq.uri(), 7, 0.0)) {
            hq.owner("owner");
            String token = hq.enrol("S1", "K1");
            Path file = dir.resolve("till.db");
            CountDownLatch release = new CountDownLatch(1);
            proxy.holdNextAfterCommit(release);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process till = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), PushingTill.class.getName(), file.toString(),
                    proxy.uri().toString(), token, "5")
                    .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("till.err").toFile()))
                    .start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(till.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    while (r.readLine() != null) {
                        // Keep the pipe drained.
                    }
                } catch (IOException e) {
                    // The child was killed.
                }
            });
            reader.start();
            try {
                assertThat(proxy.awaitHeld(60)).as("a batch reached HQ").isTrue();
                till.destroyForcibly();
                assertThat(till.waitFor(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                till.destroyForcibly();
                release.countDown();
                reader.join(5000);
            }
            long atHq = hq.scalar("SELECT count(*) FROM payments");
            assertThat(atHq).as("HQ holds the batch the till never heard of").isPositive();

            try (Journal journal = SyncUnderFaultsTest.journal(file)) {
                assertThat(journal.syncOutbox().status().waiting()).as("still waiting on the till").isPositive();
                try (SyncPusher pusher = SyncUnderFaultsTest.pusher(journal, proxy, token)) {
                    await().atMost(Duration.ofSeconds(30)).until(() ->
                            pusher.pushNow(Duration.ofSeconds(5)).waiting() == 0);
                }
                DayReport own = journal.dayReport(SyncUnderFaultsTest.DAY);
                JsonNode day = new ObjectMapper().readTree(hq.getBasic("/api/v1/days/"
                        + SyncUnderFaultsTest.DAY.date(), "owner", HqFixture.PASSWORD).body());
                JsonNode t = SyncUnderFaultsTest.terminal(day, "S1", "K1");
                assertThat(t.get("salesCount").asLong()).isEqualTo(own.salesCount());
                assertThat(t.get("salesYen").asLong()).isEqualTo(own.gross());
                assertThat(t.get("refundsYen").asLong()).isEqualTo(own.refundTotal());
                assertThat(t.get("cancelsYen").asLong()).isEqualTo(own.cancelTotal());
                assertThat(t.get("netYen").asLong()).isEqualTo(own.net());
                assertThat(t.get("unresolved").asLong()).isEqualTo(own.unresolvedCount());
                assertThat(hq.scalar("SELECT count(*) FROM payments"))
                        .isEqualTo(journal.search(new PaymentSearch(null, null, null, null, Set.of(), 1000, 0)).size());
            }
        }
    }
}
