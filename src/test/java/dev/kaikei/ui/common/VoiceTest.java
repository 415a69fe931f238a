package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.testing.LogCapture;
import dev.kaikei.ui.testing.RecordingSound;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Spoken amount")
class VoiceTest {

    private final List<List<String>> started = new ArrayList<>();

    private Voice voice(String os, Locale locale, String... programs) {
        Set<String> installed = Set.of(programs);
        return new Voice(os, locale, installed::contains, started::add);
    }

    @Nested
    @DisplayName("command selection")
    class Selection {

        @ParameterizedTest(name = "{0} with [{1}], {2} → {3}")
        @CsvSource(delimiter = '|', value = {
            "Linux      | espeak-ng spd-say | ja | espeak-ng -v ja TEXT",
            "Linux      | espeak-ng         | en | espeak-ng -v en TEXT",
            "Linux      | spd-say           | ja | spd-say -l ja TEXT",
            "Mac OS X   | say               | ja | say TEXT",
            "Windows 11 | powershell.exe    | en | powershell.exe -NoProfile -NonInteractive -Command SCRIPT",
        })
        void chooses(String os, String programs, String language, String expected) {
            Voice v = voice(os, Locale.forLanguageTag(language), programs.split(" "));
            List<String> command = v.command("TEXT").orElseThrow();
            assertThat(v.available()).isTrue();
            if (expected.endsWith("SCRIPT")) {
                assertThat(command.subList(0, 4)).containsExactly(expected.split(" ", 5)[0], "-NoProfile",
                        "-NonInteractive", "-Command");
                assertThat(command.get(4)).contains("System.Speech", ".Speak('TEXT')");
            } else {
                assertThat(command).containsExactly(expected.split(" "));
            }
        }

        @Test
        @DisplayName("PowerShell text is one quoted literal, whatever it contains")
        void powershellQuoting() {
            String script = voice("Windows 10", Locale.ENGLISH, "powershell.exe").command("it's 5'").orElseThrow()
                    .get(4);
            assertThat(script).endsWith(".Speak('it''s 5''')");
        }

        @Test
        @DisplayName("PATH lookup finds only executable files")
        void pathLookup(@TempDir Path dir) throws IOException {
            Path exe = Files.createFile(dir.resolve("espeak-ng"));
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createFile(dir.resolve("spd-say"));
            var onPath = Voice.onPath(Map.of("PATH", "/nonexistent" + java.io.File.pathSeparator + dir));
            assertThat(onPath.test("espeak-ng")).isTrue();
            assertThat(onPath.test("spd-say")).isFalse();
            assertThat(onPath.test("say")).isFalse();
        }
    }

    @Test
    @DisplayName("the sentence: 'PayPayで1,200円受け取りました' (ja), 'Received 1,200 yen with PayPay' (en)")
    void sentences() {
        assertThat(new SpokenSound(Sound.silent(), voice("Linux", Locale.JAPANESE), new Messages(Locale.JAPANESE))
                .sentence(1200)).isEqualTo("PayPayで1,200円受け取りました");
        assertThat(new SpokenSound(Sound.silent(), voice("Linux", Locale.ENGLISH), new Messages(Locale.ENGLISH))
                .sentence(1_234_567)).isEqualTo("Received 1,234,567 yen with PayPay");
    }

    @Test
    @DisplayName("after PAID the chime plays and the amount is spoken in the background")
    void paidSpeaks() {
        RecordingSound chimes = new RecordingSound();
        SpokenSound sound = new SpokenSound(chimes, voice("Linux", Locale.JAPANESE, "espeak-ng"),
                new Messages(Locale.JAPANESE));
        sound.paid(1200);
        sound.failed();
        assertThat(chimes.played()).containsExactly("paid", "failed");
        assertThat(started).containsExactly(List.of("espeak-ng", "-v", "ja", "PayPayで1,200円受け取りました"));
    }

    @Test
    @DisplayName("no voice program: nothing runs, no error, one INFO line however many payments")
    void missingVoiceSkipped() {
        Voice none = voice("Linux", Locale.ENGLISH);
        SpokenSound sound = new SpokenSound(Sound.silent(), none, new Messages(Locale.ENGLISH));
        try (LogCapture log = new LogCapture()) {
            sound.paid(500);
            sound.paid(700);
            assertThat(log.lines()).filteredOn(l -> l.contains("no voice program")).hasSize(1);
        }
        assertThat(none.available()).isFalse();
        assertThat(started).isEmpty();
    }

    @Test
    @DisplayName("a voice program that fails to start is skipped without error")
    void startFailure() {
        Voice broken = new Voice("Linux", Locale.ENGLISH, p -> true, command -> {
            throw new IOException("permission denied");
        });
        broken.say("hello");
        broken.say("again");
        assertThat(broken.available()).isTrue();
    }
}
