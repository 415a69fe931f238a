package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.testing.LogCapture;
import dev.kaikei.ui.testing.RecordingSound;
import java.io.File;
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

    private static final Messages JA = new Messages(Locale.JAPANESE);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private final List<String> probed = new ArrayList<>();

    private Voice voice(String os, String... programs) {
        Set<String> installed = Set.of(programs);
        return new Voice(os, program -> probed.add(program) && installed.contains(program), started::add);
    }

    @Nested
    @DisplayName("command selection")
    class Selection {

        @ParameterizedTest(name = "{0} with [{1}], {2} → {3}")
        @CsvSource(delimiter = '|', value = {
            "Linux      | espeak-ng spd-say | ja | espeak-ng -v ja TEXT",
            "Linux      | espeak-ng         | en | espeak-ng -v en TEXT",
            "Linux      | espeak-ng         | fr | espeak-ng -v en TEXT",
            "Linux      | spd-say           | en | spd-say -l en TEXT",
            "Linux      | spd-say           | ja | spd-say -l ja TEXT",
            "Mac OS X   | say               | ja | say TEXT",
            "Windows 11 | powershell.exe    | en | powershell.exe -NoProfile -NonInteractive -Command SCRIPT",
        })
        void chooses(String os, String programs, String language, String expected) {
            Voice v = voice(os, programs.split(" "));
            List<String> command = v.command("TEXT", Locale.forLanguageTag(language)).orElseThrow();
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
            String script = voice("Windows 10", "powershell.exe").command("it's 5'", Locale.ENGLISH).orElseThrow()
                    .get(4);
            assertThat(script).endsWith(".Speak('it''s 5''')");
        }

        @Test
        @DisplayName("PATH lookup finds only executable files")
        void pathLookup(@TempDir Path dir) throws IOException {
            Path exe = Files.createFile(dir.resolve("espeak-ng"));
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createFile(dir.resolve("spd-say"));
            var onPath = Voice.onPath(Map.of("PATH", "/nonexistent" + File.pathSeparator + dir));
            assertThat(onPath.test("espeak-ng")).isTrue();
            assertThat(onPath.test("spd-say")).isFalse();
            assertThat(onPath.test("say")).isFalse();
        }
    }

    @Nested
    @DisplayName("a live language switch between two payments")
    class LanguageSwitch {

        @ParameterizedTest(name = "{0} with {1}: {2}")
        @CsvSource(delimiter = '|', value = {
            "Linux    | espeak-ng | espeak-ng -v",
            "Linux    | spd-say   | spd-say -l",
        })
        void sentenceAndFlagFollow(String os, String program, String prefix) {
            Sound english = new SpokenSound(Sound.silent(), voice(os, program), EN);
            english.paid(500);
            english.inLanguageOf(JA).paid(1200);
            english.inLanguageOf(JA).inLanguageOf(EN).paid(700);
            String[] p = prefix.split(" ");
            assertThat(started).containsExactly(
                    List.of(p[0], p[1], "en", "Received 500 yen with PayPay"),
                    List.of(p[0], p[1], "ja", "PayPayで1,200円受け取りました"),
                    List.of(p[0], p[1], "en", "Received 700 yen with PayPay"));
        }

        @ParameterizedTest(name = "{0}: the system voice reads the sentence in the new language")
        @CsvSource(delimiter = '|', value = {"Mac OS X | say", "Windows 11 | powershell.exe"})
        void sentenceFollowsWithSystemVoice(String os, String program) {
            Sound english = new SpokenSound(Sound.silent(), voice(os, program), EN);
            english.paid(500);
            english.inLanguageOf(JA).paid(1200);
            assertThat(started).hasSize(2);
            assertThat(started.get(0)).first().isEqualTo(program);
            assertThat(String.join(" ", started.get(0))).contains("Received 500 yen with PayPay");
            assertThat(String.join(" ", started.get(1))).contains("PayPayで1,200円受け取りました")
                    .doesNotContain("Received");
        }

        @Test
        @DisplayName("the machine's voice program is looked up once, not again per language or payment")
        void programFoundOnce() {
            Sound sound = new SpokenSound(Sound.silent(), voice("Linux", "spd-say"), EN);
            assertThat(probed).containsExactly("espeak-ng", "spd-say");
            sound.paid(500);
            sound.inLanguageOf(JA).paid(1200);
            assertThat(probed).containsExactly("espeak-ng", "spd-say");
            assertThat(started).hasSize(2);
        }

        @Test
        @DisplayName("the chimes still play after the switch")
        void chimesKept() {
            RecordingSound chimes = new RecordingSound();
            new SpokenSound(chimes, voice("Linux"), EN).inLanguageOf(JA).paid(1200);
            assertThat(chimes.played()).containsExactly("paid");
        }
    }

    @Test
    @DisplayName("the sentence: 'PayPayで1,200円受け取りました' (ja), 'Received 1,200 yen with PayPay' (en)")
    void sentences() {
        assertThat(new SpokenSound(Sound.silent(), voice("Linux"), JA).sentence(1200))
                .isEqualTo("PayPayで1,200円受け取りました");
        assertThat(new SpokenSound(Sound.silent(), voice("Linux"), EN).sentence(1_234_567))
                .isEqualTo("Received 1,234,567 yen with PayPay");
    }

    @Test
    @DisplayName("after PAID the chime plays and the amount is spoken in the background")
    void paidSpeaks() {
        RecordingSound chimes = new RecordingSound();
        SpokenSound sound = new SpokenSound(chimes, voice("Linux", "espeak-ng"), JA);
        sound.paid(1200);
        sound.failed();
        assertThat(chimes.played()).containsExactly("paid", "failed");
        assertThat(started).containsExactly(List.of("espeak-ng", "-v", "ja", "PayPayで1,200円受け取りました"));
    }

    @Test
    @DisplayName("no voice program: nothing runs, no error, one INFO line however many payments and languages")
    void missingVoiceSkipped() {
        Voice none = voice("Linux");
        Sound sound = new SpokenSound(Sound.silent(), none, EN);
        try (LogCapture log = new LogCapture()) {
            sound.paid(500);
            sound = sound.inLanguageOf(JA);
            sound.paid(700);
            assertThat(log.lines()).filteredOn(l -> l.contains("no voice program")).hasSize(1);
        }
        assertThat(none.available()).isFalse();
        assertThat(started).isEmpty();
    }

    @Test
    @DisplayName("a voice program that fails to start is skipped without error")
    void startFailure() {
        Voice broken = new Voice("Linux", p -> true, command -> {
            throw new IOException("permission denied");
        });
        broken.say("hello", Locale.ENGLISH);
        broken.say("again", Locale.ENGLISH);
        assertThat(broken.available()).isTrue();
    }
}
