package dev.kaikei.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Crash safety")
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("every row reported committed survives a kill -9 of the writing process, and the file is intact")
    void survivesKill() throws Exception {
        Path file = dir.resolve("journal.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> committed = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("committed ")) {
                        committed.add(line.substring("committed ".length()));
                    }
                }
            } catch (IOException e) {
                // The stream closes when the child is killed.
            }
        }, "crash-child-reader");
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> committed.size() >= 40);
        } finally {
            child.destroyForcibly();
            child.waitFor();
            reader.join(5000);
        }
        List<String> reported = List.copyOf(committed);
        assertThat(reported).hasSizeGreaterThanOrEqualTo(40);

        try (Journal journal = Journal.open(file)) {
            for (String id : reported) {
                assertThat(journal.findPayment(id)).as(id).get()
                        .extracting(PaymentRecord::state).isEqualTo(PaymentState.AWAITING_PAYMENT);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}
