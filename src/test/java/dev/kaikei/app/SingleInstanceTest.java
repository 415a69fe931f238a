package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Single instance per journal")
class SingleInstanceTest {

    @TempDir
    Path dir;

    private Settings settings() {
        return TestPayPay.load(dir, TestPayPay.simulatorConfig(dir, dir.resolve("journal.sqlite")));
    }

    @Test
    @DisplayName("a second start on the same journal is refused as in use and focuses the running app")
    void secondStartFocusesTheRunningApp() {
        AtomicInteger focused = new AtomicInteger();
        try (AppContext running = AppContext.open(settings(), TestPayPay.fastOptions())) {
            running.onFocusRequest(focused::incrementAndGet);
            Path file = SingleInstance.instanceFile(settings().journalPath());
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(permissions(file))).isEqualTo("rw-------");

            assertThatThrownBy(() -> AppContext.open(settings(), TestPayPay.fastOptions()))
                    .isInstanceOfSatisfying(StartupException.class,
                            e -> assertThat(e.reason()).isEqualTo(StartupException.Reason.IN_USE));
            assertThat(AppContext.focusRunningApp(settings())).isEqualTo(SingleInstance.Outcome.FOCUSED);
            assertThat(focused).hasValue(1);
        }
        assertThat(SingleInstance.instanceFile(settings().journalPath())).doesNotExist();
        assertThat(AppContext.focusRunningApp(settings())).isEqualTo(SingleInstance.Outcome.NO_INSTANCE);
    }

    @Test
    @DisplayName("an owner without a window (a money-moving command) answers that it has none")
    void ownerWithoutWindow() {
        try (AppContext running = AppContext.open(settings(), TestPayPay.fastOptions())) {
            assertThat(running).isNotNull();
            assertThat(AppContext.focusRunningApp(settings())).isEqualTo(SingleInstance.Outcome.NO_WINDOW);
        }
    }

    @Test
    @DisplayName("a stale instance file (nobody listening) is reported, not hung on")
    void staleFile() throws IOException {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        Files.writeString(SingleInstance.instanceFile(dir.resolve("journal.sqlite")), freePort + " 00ff\n");
        assertThat(AppContext.focusRunningApp(settings())).isEqualTo(SingleInstance.Outcome.NOT_ANSWERING);
        Files.writeString(SingleInstance.instanceFile(dir.resolve("journal.sqlite")), "garbage");
        assertThat(AppContext.focusRunningApp(settings())).isEqualTo(SingleInstance.Outcome.NOT_ANSWERING);
    }

    @Test
    @DisplayName("a request with the wrong token does not focus the app")
    void wrongToken() throws IOException {
        AtomicInteger focused = new AtomicInteger();
        Path journal = dir.resolve("journal.sqlite");
        try (SingleInstance instance = SingleInstance.listen(journal)) {
            instance.onFocusRequest(focused::incrementAndGet);
            Path file = SingleInstance.instanceFile(journal);
            String port = Files.readString(file).split(" ")[0];
            Files.writeString(file, port + " 0011223344\n");
            assertThat(SingleInstance.focusRunning(journal)).isEqualTo(SingleInstance.Outcome.NOT_ANSWERING);
            assertThat(focused).hasValue(0);
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
