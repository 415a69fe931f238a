package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class KaikeiCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = KaikeiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsUsage() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: kaikei").contains("--config").contains("help");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("--no-such-flag");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--no-such-flag'");
    }

    @Test
    void badConfigFileGivesOneClearMessageAndExitCode() throws Exception {
        Path cfg = tmp.resolve("bad.properties");
        Files.writeString(cfg, "poll.intervalSeconds=99\n");
        Run r = run("--config", cfg.toString());
        assertThat(r.code()).isEqualTo(KaikeiCommand.EXIT_CONFIG);
        assertThat(r.err()).startsWith("Invalid configuration: poll.intervalSeconds").doesNotContain("at dev.kaikei");
    }

    @Nested
    @DisplayName("forArguments: the cashier app's start skips reading the commands")
    class ForArguments {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"", "--kiosk", "--verbose --kiosk", "--config /tmp/k.properties"})
        @DisplayName("arguments that can only mean the cashier app: the command line without the commands")
        void cashierApp(String args) {
            CommandLine cl = KaikeiCommand.forArguments(split(args));
            assertThat(KaikeiCommand.opensCashierApp(cl)).isTrue();
            assertThat(cl.getSubcommands()).isEmpty();
            assertThat(cl.getCommandSpec().findOption("--config")).isNotNull();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"report", "--help", "--version", "--self-test", "--config", "--no-such-flag",
            "--kiosk report", "help"})
        @DisplayName("a command, help, or a mistake: the full command line, which runs or reports it")
        void commandsOrMistakes(String args) {
            CommandLine cl = KaikeiCommand.forArguments(split(args));
            assertThat(KaikeiCommand.opensCashierApp(cl)).isFalse();
            assertThat(cl.getSubcommands()).containsKeys("report", "charge", "self-test");
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"", "--kiosk", "--verbose --kiosk", "--verbose"})
        @DisplayName("surely the cashier app (toolkit started before any parsing): the parsed command line agrees")
        void surelyCashierApp(String args) {
            assertThat(KaikeiCommand.surelyOpensCashierApp(split(args))).isTrue();
            assertThat(KaikeiCommand.opensCashierApp(KaikeiCommand.forArguments(split(args)))).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"report", "--help", "--version", "--self-test", "--config /tmp/k.properties",
            "--kiosk report", "help", "--kiosk=true", "-h", "--kiosk --kiosk"})
        @DisplayName("anything else is left to the parsed command line")
        void notSurely(String args) {
            assertThat(KaikeiCommand.surelyOpensCashierApp(split(args))).isFalse();
        }

        @Test
        @DisplayName("a mistake is still reported as a usage error, and --help still lists the commands")
        void mistakesReported() {
            StringWriter err = new StringWriter();
            CommandLine bad = KaikeiCommand.forArguments("--config");
            bad.setErr(new PrintWriter(err));
            assertThat(bad.execute("--config")).isEqualTo(2);
            assertThat(err.toString()).contains("Missing required parameter for option '--config'");

            StringWriter out = new StringWriter();
            CommandLine help = KaikeiCommand.forArguments("--help");
            help.setOut(new PrintWriter(out));
            assertThat(help.execute("--help")).isZero();
            assertThat(out.toString()).contains("report").contains("self-test").contains("--verbose");
        }

        private String[] split(String args) {
            return args.isBlank() ? new String[0] : args.split(" ");
        }
    }
}
