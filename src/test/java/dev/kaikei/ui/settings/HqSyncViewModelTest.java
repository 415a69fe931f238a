package dev.kaikei.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Settings: the HQ sync line")
class HqSyncViewModelTest {

    /** 2026-03-01 12:00 JST. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC);

    private HqSyncSummary summary;
    private final List<Runnable> listeners = new ArrayList<>();
    private final HqSyncSource source = new HqSyncSource() {
        @Override
        public HqSyncSummary current() {
            return summary;
        }

        @Override
        public AutoCloseable onChange(Runnable listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    };

    private HqSyncViewModel vm(Locale locale) {
        return new HqSyncViewModel(source, TaskRunner.sameThread(), new Messages(locale), CLOCK);
    }

    @Test
    @DisplayName("says when HQ last acknowledged (shop time) and how much waits; follows every push until stopped")
    void follows() {
        summary = new HqSyncSummary(Optional.of(Instant.parse("2026-03-01T01:42:00Z")), 0, false);
        HqSyncViewModel vm = vm(Locale.ENGLISH);
        vm.start();
        assertThat(vm.statusProperty().get().text()).isEqualTo("HQ: last synced 10:42, 0 waiting");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.SUCCESS);

        summary = new HqSyncSummary(Optional.of(Instant.parse("2026-03-01T01:42:00Z")), 3, true);
        listeners.forEach(Runnable::run);
        assertThat(vm.statusProperty().get().text()).isEqualTo("HQ: last synced 10:42, 3 waiting (HQ not reached: retrying)");
        assertThat(vm.statusProperty().get().tone()).isEqualTo(Tone.WARNING);

        vm.stop();
        assertThat(listeners).isEmpty();
    }

    @Test
    @DisplayName("never synced, an older day, and Japanese")
    void wording() {
        summary = new HqSyncSummary(Optional.empty(), 12, false);
        HqSyncViewModel vm = vm(Locale.ENGLISH);
        vm.refresh();
        assertThat(vm.statusProperty().get().text()).isEqualTo("HQ: last synced never, 12 waiting");

        summary = new HqSyncSummary(Optional.of(Instant.parse("2026-02-27T09:05:00Z")), 0, false);
        HqSyncViewModel ja = vm(Locale.JAPANESE);
        ja.refresh();
        assertThat(ja.statusProperty().get().text()).isEqualTo("本部: 最終同期 2026-02-27 18:05、未送信 0 件");
    }
}
