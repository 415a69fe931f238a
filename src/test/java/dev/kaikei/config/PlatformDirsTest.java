package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformDirsTest {

    private final Path home = Path.of("/home/shop");

    @Test
    void linuxFollowsXdg() {
        PlatformDirs d = PlatformDirs.of("Linux", home, Map.of("XDG_CONFIG_HOME", "/cfg"));
        assertThat(d.defaultConfigFile()).isEqualTo(Path.of("/cfg/kaikei/kaikei.properties"));
        assertThat(d.defaultJournal()).isEqualTo(Path.of("/home/shop/.local/share/kaikei/journal.sqlite"));
        assertThat(d.logDir()).isEqualTo(Path.of("/home/shop/.local/state/kaikei/logs"));
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
