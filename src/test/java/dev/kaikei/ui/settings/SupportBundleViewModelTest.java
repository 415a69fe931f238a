package dev.kaikei.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Settings: Support bundle button")
class SupportBundleViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final List<Path> written = new ArrayList<>();

    @Test
    @DisplayName("writes the bundle in the background and says where it went")
    void writes() {
        SupportBundleViewModel vm = new SupportBundleViewModel(zip -> {
            written.add(zip);
            return List.of("version.txt", "settings.txt", "events.json");
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        assertThat(vm.suggestedName()).startsWith("kaikei-support-2026-03-0").endsWith(".zip");

        vm.create(Path.of("/tmp/s.zip"));

        assertThat(written).containsExactly(Path.of("/tmp/s.zip"));
        assertThat(vm.statusProperty().get().text()).contains("/tmp/s.zip", "3 files");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    @DisplayName("a write failure is shown, not thrown")
    void failure() {
        SupportBundleViewModel vm = new SupportBundleViewModel(zip -> {
            throw new UncheckedIOException("Cannot write /ro/s.zip: read-only", new IOException("ro"));
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        vm.create(Path.of("/ro/s.zip"));
        assertThat(vm.statusProperty().get().text()).contains("could not be written", "read-only");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.DANGER);
    }
}
