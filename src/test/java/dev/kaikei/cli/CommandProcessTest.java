package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaikei} as a separate process, as a shop owner runs it: the production logging set-up, files where the
 * XDG base directory variables say, the result on stdout, only warnings and errors on stderr.
 */
@DisplayName("kaikei as a process")
class CommandProcessTest {

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(List.of(), env, args);
    }

    private Result run(List<String> unset, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", productionClassPath(), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.startsWith("KAIKEI_") || unset.contains(k));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kaikei finished").isTrue();
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** The test JVM's class path without the test classes: their logback-test.xml would replace the real set-up. */
    private static String productionClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private Map<String, String> xdg() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path config = Files.createDirectories(tmp.resolve("config/kaikei"));
        Files.writeString(config.resolve("kaikei.properties"), "store.name=XDG Corner Shop\nterminal.id=T9\n");
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_DATA_HOME", tmp.resolve("data").toString(), "XDG_STATE_HOME", tmp.resolve("state").toString());
    }

    @Test
    @DisplayName("report: the result alone on stdout, nothing on stderr, INFO lines in the log file")
    void reportPrintsOnlyItsResult() throws Exception {
        Result r = run(xdg(), "report");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Kaikei report ").contains("XDG Corner Shop", "terminal T9", "Net")
                .doesNotContain("INFO");
        assertThat(r.err()).isEmpty();
        String log = Files.readString(tmp.resolve("state/kaikei/logs/kaikei.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO", "Kaikei started");
    }

    @Test
    @DisplayName("config, data and logs follow XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_STATE_HOME; nothing in $HOME")
    void filesFollowXdg() throws Exception {
        Result r = run(xdg(), "report");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(tmp.resolve("data/kaikei/journal-training.sqlite")).isRegularFile();
        assertThat(tmp.resolve("state/kaikei/logs/kaikei.log")).isRegularFile();
        try (Stream<Path> inHome = Files.walk(tmp.resolve("home"))) {
            assertThat(inHome.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    @DisplayName("without XDG variables the files go under $HOME (not the JVM's user.home)")
    void homeFallback() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("kiosk-home"));

        Result r = run(Map.of("HOME", home.toString()), "report");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(home.resolve(".local/share/kaikei/journal-training.sqlite")).isRegularFile();
        assertThat(home.resolve(".local/state/kaikei/logs/kaikei.log")).isRegularFile();
    }

    @Test
    @DisplayName("--verbose shows the INFO lines on stderr; stdout still holds only the result")
    void verboseShowsInfo() throws Exception {
        Result r = run(xdg(), "report", "--verbose");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("INFO").contains("Kaikei started");
        assertThat(r.out()).startsWith("Kaikei report ").doesNotContain("INFO");
    }

    @Test
    @DisplayName("--verbose may also come before the command")
    void verboseBeforeCommand() throws Exception {
        Result r = run(xdg(), "--verbose", "report");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("INFO");
    }

    @Test
    @DisplayName("a bad setting: one clear message on stderr, nothing on stdout, exit 78")
    void badSettingGoesToStderr() throws Exception {
        Map<String, String> env = xdg();
        Files.writeString(tmp.resolve("config/kaikei/kaikei.properties"), "poll.intervalSeconds=fast\n");

        Result r = run(env, "report");

        assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("poll.intervalSeconds");
    }

    @Test
    @DisplayName("the cashier app's own start (no command line parsed): a bad setting is the same one message, exit 78")
    void cashierAppBadSetting() throws Exception {
        Map<String, String> env = xdg();
        Files.writeString(tmp.resolve("config/kaikei/kaikei.properties"), "poll.intervalSeconds=fast\n");

        for (String[] args : List.of(new String[0], new String[] {"--kiosk", "--verbose"})) {
            Result r = run(env, args);

            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.CONFIG);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("poll.intervalSeconds").doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("the cashier app without a display (e.g. over SSH): one clear line on stderr, exit 1, no stack trace")
    void cashierAppWithoutDisplay() throws Exception {
        Result r = run(List.of("DISPLAY", "WAYLAND_DISPLAY"), xdg());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Kaikei's window cannot open", "needs a graphical desktop", "kaikei --help")
                .doesNotContain("\tat ").doesNotContain("Exception in thread");
    }
}
