package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.config.WindowMode;
import dev.kaikei.ui.common.AudioClipSound;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.SpokenSound;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("sound.enabled and voice.enabled choose the app's Sound")
class SoundSettingsTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);

    @Test
    @DisplayName("sound on (default): the chimes")
    void chimes() {
        assertThat(DesktopApp.sound(CounterOptions.defaults(), EN)).isInstanceOf(AudioClipSound.class);
    }

    @Test
    @DisplayName("sound off: a silent no-op")
    void off() {
        var sound = DesktopApp.sound(new CounterOptions(false, false, false, Optional.empty(), 14, WindowMode.AUTO), EN);
        assertThat(sound).isNotInstanceOf(AudioClipSound.class).isNotInstanceOf(SpokenSound.class);
        sound.paid(100);
        sound.failed();
    }

    @Test
    @DisplayName("voice on: chimes plus the spoken amount")
    void voice() {
        assertThat(DesktopApp.sound(new CounterOptions(false, true, true, Optional.empty(), 14, WindowMode.AUTO), EN))
                .isInstanceOf(SpokenSound.class);
    }
}
