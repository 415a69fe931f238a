package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
