package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@DisplayName("kaikei self-test")
class SelfTestCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, List<String> lines) {
    }

    private static Run run(String... args) {
        CommandLine cl = KaikeiCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute(args);
        return new Run(code, out.toString().lines().toList());
    }

    @Nested
    @DisplayName("on a working installation")
    class Passing {

        @ParameterizedTest(name = "kaikei {0}")
        @ValueSource(strings = {"self-test", "--self-test"})
        @DisplayName("runs every check, prints OK with a timing for each, and exits 0")
        void allChecksPass(String command) {
            Run r = run(command, "--work-dir", tmp.toString());

            assertThat(r.code()).as(String.join("\n", r.lines())).isZero();
            assertThat(r.lines().get(0)).startsWith("Kaikei ").contains("self-test on Java 17");
            assertThat(r.lines()).filteredOn(l -> l.startsWith("OK"))
                    .hasSize(5)
                    .allMatch(l -> l.matches("OK\\s+.+\\s\\d+ ms\\s+.+"), "a timing per check");
            assertThat(String.join("\n", r.lines()))
                    .contains("sqlite native").contains("SQLite 3.")
                    .contains("journal").contains("paypay simulator").contains("status COMPLETED")
                    .contains("qr code").contains("no POST resent");
            assertThat(r.lines().get(r.lines().size() - 1)).startsWith("PASS  5/5 checks passed");
        }

        @Test
        @DisplayName("leaves nothing behind in its work directory")
        void cleansUp() throws Exception {
            assertThat(run("self-test", "--work-dir", tmp.toString()).code()).isZero();

            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("money safety needs no JVM setting: a plain JVM that used the JDK's HTTP client first still passes")
    void safeWhateverTheJvmSettings() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A plain JVM (no system property of ours), the JDK's own HTTP client used first: none of it touches Kaikei's
        // transport, which never resends a POST by itself.
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), HttpClientUsedFirst.class.getName(), "self-test",
                "--work-dir", tmp.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output.lines()).anyMatch(l -> l.startsWith("OK    no POST resent") && l.contains("sent once"));
    }

    @Test
    @DisplayName("a failing check prints FAIL with the reason, the other checks still run, and the exit code is 1")
    void failingCheckFailsTheRun() throws Exception {
        // A path below a regular file can never become a directory, even for root.
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");

        Run r = run("self-test", "--work-dir", file.resolve("journal").toString());

        assertThat(r.code()).isEqualTo(SelfTestCommand.EXIT_FAILED);
        assertThat(r.lines()).anyMatch(l -> l.startsWith("FAIL  journal") && l.contains("not-a-dir"));
        assertThat(r.lines()).filteredOn(l -> l.startsWith("OK")).hasSize(4);
        assertThat(r.lines().get(r.lines().size() - 1)).startsWith("FAIL  4/5 checks passed");
    }

    @Test
    @DisplayName("is listed in the root command's help")
    void listedInHelp() {
        Run r = run("--help");

        assertThat(String.join("\n", r.lines())).contains("self-test, --self-test");
    }
}
