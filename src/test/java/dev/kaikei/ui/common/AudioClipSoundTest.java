package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.kaikei.testing.LogCapture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The chimes are bundled, and a machine without audio (this headless one, typically) never crashes a checkout. */
class AudioClipSoundTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void bundledChimesExistAndAreWav() throws Exception {
        for (String name : new String[] {"paid", "failed"}) {
            try (var in = AudioClipSound.class.getResourceAsStream("/dev/kaikei/ui/sounds/" + name + ".wav")) {
                assertThat(in).as(name).isNotNull();
                byte[] header = in.readNBytes(12);
                assertThat(new String(header, 0, 4, "US-ASCII")).isEqualTo("RIFF");
                assertThat(new String(header, 8, 4, "US-ASCII")).isEqualTo("WAVE");
            }
        }
    }

    @Test
    void playingNeverThrowsAndAFailureIsLoggedAtMostOnce() {
        try (LogCapture log = new LogCapture()) {
            AudioClipSound sound = new AudioClipSound();
            assertThatCode(() -> {
                sound.paid(1200);
                sound.failed();
                sound.paid(1200);
            }).doesNotThrowAnyException();
            assertThat(log.lines().stream().filter(l -> l.contains("Sound disabled")).count()).isLessThanOrEqualTo(1);
        }
    }
}
