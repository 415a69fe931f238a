package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformDirsTest {

    private final Path home = Path.of("/home/shop");

    @Nested
    @DisplayName("Linux follows the XDG base directories")
    class Linux {

        @Test
        void eachKindOfFileHasItsOwnVariable() {
            PlatformDirs d = PlatformDirs.of("Linux", home, Map.of("XDG_CONFIG_HOME", "/cfg",
                    "XDG_DATA_HOME", "/data", "XDG_STATE_HOME", "/state"));
            assertThat(d.defaultConfigFile()).isEqualTo(Path.of("/cfg/kaikei/kaikei.properties"));
            assertThat(d.defaultJournal()).isEqualTo(Path.of("/data/kaikei/journal.sqlite"));
            assertThat(d.defaultJournal(PayPayMode.SIMULATOR))
                    .isEqualTo(Path.of("/data/kaikei/journal-training.sqlite"));
            assertThat(d.logDir()).isEqualTo(Path.of("/state/kaikei/logs"));
        }

        @Test
        void unsetVariablesFallBackToTheSpecsDefaultsUnderHome() {
            PlatformDirs d = PlatformDirs.of("Linux", home, Map.of());
            assertThat(d.defaultConfigFile()).isEqualTo(Path.of("/home/shop/.config/kaikei/kaikei.properties"));
            assertThat(d.defaultJournal()).isEqualTo(Path.of("/home/shop/.local/share/kaikei/journal.sqlite"));
            assertThat(d.logDir()).isEqualTo(Path.of("/home/shop/.local/state/kaikei/logs"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "relative/dir", "./cfg"})
        @DisplayName("a blank or relative XDG variable is ignored, as the spec says")
        void invalidVariablesAreIgnored(String value) {
            PlatformDirs d = PlatformDirs.of("Linux", home, Map.of("XDG_CONFIG_HOME", value,
                    "XDG_DATA_HOME", value, "XDG_STATE_HOME", value));
            assertThat(d.configDir()).isEqualTo(Path.of("/home/shop/.config/kaikei"));
            assertThat(d.dataDir()).isEqualTo(Path.of("/home/shop/.local/share/kaikei"));
            assertThat(d.logDir()).isEqualTo(Path.of("/home/shop/.local/state/kaikei/logs"));
        }
    }

    @Nested
    @DisplayName("the home is $HOME, not only the JVM's user.home")
    class Home {

        @Test
        void linuxAndMacUseHome() {
            Map<String, String> env = Map.of("HOME", "/srv/kiosk");
            assertThat(PlatformDirs.home("Linux", env, "/root")).isEqualTo(Path.of("/srv/kiosk"));
            assertThat(PlatformDirs.home("Mac OS X", env, "/Users/x")).isEqualTo(Path.of("/srv/kiosk"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "relative"})
        void withoutAnAbsoluteHomeTheJvmsIsUsed(String value) {
            assertThat(PlatformDirs.home("Linux", Map.of("HOME", value), "/home/shop")).isEqualTo(home);
            assertThat(PlatformDirs.home("Linux", Map.of(), "/home/shop")).isEqualTo(home);
        }

        @Test
        void windowsKeepsTheJvmsHome() {
            // Git Bash and Cygwin set HOME to their own idea of it; Windows programs use the profile folder.
            assertThat(PlatformDirs.home("Windows 11", Map.of("HOME", "/c/Users/shop"), "C:\\Users\\shop"))
                    .isEqualTo(Path.of("C:\\Users\\shop"));
        }
    }

    @Test
    void windowsUsesAppData() {
        PlatformDirs d = PlatformDirs.of("Windows 11", home, Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"));
        assertThat(d.configDir()).isEqualTo(Path.of("/r/Kaikei"));
        assertThat(d.dataDir()).isEqualTo(Path.of("/l/Kaikei"));
    }

    @Test
    void macUsesLibrary() {
        PlatformDirs d = PlatformDirs.of("Mac OS X", home, Map.of());
        assertThat(d.configDir()).isEqualTo(Path.of("/home/shop/Library/Application Support/Kaikei"));
        assertThat(d.logDir()).isEqualTo(Path.of("/home/shop/Library/Logs/Kaikei"));
    }
}
