package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.ui.ShellModel.Section;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.settings.SettingsStore;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.FakeHistoryService;
import dev.kaikei.ui.testing.ScriptedPinPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shell's navigation, kiosk gate and language, without a window or the toolkit. */
class ShellModelTest {

    private static final String PIN = "2468";
    private static final String PIN_HASH = ManagerPin.hash(PIN.toCharArray());

    private final ScriptedPinPrompt prompt = new ScriptedPinPrompt();
    private final List<Section> shown = new ArrayList<>();

    private ShellModel model(UiServices.Builder services) {
        UiServices s = services.build();
        ShellModel m = new ShellModel(s, s.managerPin(), messages -> prompt,
                TaskRunner.sameThread(), new Messages(Locale.ENGLISH));
        m.onShow(shown::add);
        return m;
    }

    private static UiServices.Builder everything(boolean kiosk) {
        return UiServices.builder(new FakeCheckoutService()).storeName("Café").mode(PayPayMode.PROD)
                .managerPinHash(Optional.of(PIN_HASH)).payments(new FakeHistoryService(), null)
                .settingsForm(new FakeStore(), null).counter(CounterOptions.defaults().withKiosk(kiosk));
    }

    @Test
    @DisplayName("a section is available only when its service was handed over")
    void availability() {
        ShellModel bare = model(UiServices.builder(new FakeCheckoutService()));
        assertThat(Section.values()).filteredOn(bare::isAvailable).containsExactly(Section.CHARGE);
        ShellModel full = model(everything(false));
        assertThat(Section.values()).filteredOn(full::isAvailable)
                .containsExactly(Section.CHARGE, Section.HISTORY, Section.END_OF_DAY, Section.SETTINGS);

        assertThat(bare.open(Section.HISTORY).join()).isFalse();
        assertThat(bare.getSection()).isEqualTo(Section.CHARGE);
        assertThat(shown).isEmpty();
    }

    @Test
    @DisplayName("opening a section shows it, and opening it again shows it again (History reloads)")
    void navigation() {
        ShellModel m = model(everything(false));
        assertThat(m.open(Section.HISTORY).join()).isTrue();
        assertThat(m.open(Section.HISTORY).join()).isTrue();
        m.show(Section.CHARGE);
        assertThat(m.getSection()).isEqualTo(Section.CHARGE);
        assertThat(shown).containsExactly(Section.HISTORY, Section.HISTORY, Section.CHARGE);
    }

    @Test
    @DisplayName("outside kiosk mode Settings and the exit need no PIN")
    void noKiosk() {
        ShellModel m = model(everything(false));
        assertThat(m.open(Section.SETTINGS).join()).isTrue();
        AtomicInteger closed = new AtomicInteger();
        assertThat(m.requestExit(closed::incrementAndGet).join()).isTrue();
        assertThat(closed).hasValue(1);
        assertThat(prompt.titles).isEmpty();
    }

    @Nested
    @DisplayName("in kiosk mode")
    class Kiosk {

        private final ShellModel m = model(everything(true));

        @Test
        @DisplayName("Settings opens only with the manager PIN, and asks no more once open")
        void settingsGate() {
            prompt.answer("0000");
            assertThat(m.open(Section.SETTINGS).join()).isFalse();
            assertThat(m.getSection()).isEqualTo(Section.CHARGE);
            prompt.answer(null);
            assertThat(m.open(Section.SETTINGS).join()).isFalse();
            prompt.answer(PIN);
            assertThat(m.open(Section.SETTINGS).join()).isTrue();
            assertThat(m.getSection()).isEqualTo(Section.SETTINGS);
            assertThat(m.open(Section.SETTINGS).join()).isTrue();
            assertThat(prompt.titles).containsExactly("Open Settings", "Open Settings", "Open Settings");
            assertThat(m.open(Section.HISTORY).join()).as("other sections need no PIN").isTrue();
            assertThat(prompt.titles).hasSize(3);
        }

        @Test
        @DisplayName("the exit needs the manager PIN")
        void exitGate() {
            AtomicInteger closed = new AtomicInteger();
            prompt.answer("1111");
            assertThat(m.requestExit(closed::incrementAndGet).join()).isFalse();
            assertThat(closed).hasValue(0);
            prompt.answer(PIN);
            assertThat(m.requestExit(closed::incrementAndGet).join()).isTrue();
            assertThat(closed).hasValue(1);
            assertThat(prompt.titles).containsExactly("Close Kaikei", "Close Kaikei");
        }
    }

    @Test
    @DisplayName("a language switch changes the strings and the title, and stays on the section")
    void language() {
        ShellModel m = model(everything(false));
        m.open(Section.SETTINGS);
        List<Messages> switched = new ArrayList<>();
        m.messagesProperty().addListener((obs, old, now) -> switched.add(now));
        m.switchLanguage(Locale.ENGLISH);
        assertThat(switched).as("the same language is no switch").isEmpty();
        assertThat(m.title()).isEqualTo("Kaikei — Café");

        m.switchLanguage(Locale.JAPANESE);
        assertThat(switched).singleElement().extracting(Messages::locale).isEqualTo(Locale.JAPANESE);
        assertThat(m.title()).isEqualTo("Kaikei 会計 — Café");
        assertThat(m.getSection()).isEqualTo(Section.SETTINGS);
    }

    /** A settings store that is never read: the model only needs to know Settings exists. */
    private static final class FakeStore implements SettingsStore {
        @Override
        public Properties load() {
            throw new AssertionError("not read by the shell");
        }

        @Override
        public Settings validate(Properties values) {
            throw new AssertionError("not read by the shell");
        }

        @Override
        public void save(Map<String, String> changes) {
            throw new AssertionError("not written by the shell");
        }
    }
}
