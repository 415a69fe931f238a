package dev.kaikei.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kaikei keeps its files on each OS: the config dir (settings), the data dir (journal, backups) and the log dir,
 * following each platform's convention (XDG on Linux, %APPDATA% on Windows, ~/Library on macOS).
 */
public record PlatformDirs(Path configDir, Path dataDir, Path logDir) {

    private static final String APP = "kaikei";

    public static PlatformDirs forCurrentUser() {
        return of(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")), System.getenv());
    }

    /** Resolves the directories for the given OS name, home and environment (testable without touching the real OS). */
    public static PlatformDirs of(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new PlatformDirs(roaming.resolve("Kaikei"), local.resolve("Kaikei"), local.resolve("Kaikei").resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("Kaikei");
            return new PlatformDirs(support, support, home.resolve("Library").resolve("Logs").resolve("Kaikei"));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP);
        Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP);
        Path state = pathOr(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state")).resolve(APP);
        return new PlatformDirs(config, data, state.resolve("logs"));
    }

    public Path defaultConfigFile() {
        return configDir.resolve("kaikei.properties");
    }

    /** Training payments (the simulator) get a journal of their own, so they never mix with real ones. */
    public Path defaultJournal(PayPayMode mode) {
        return mode == PayPayMode.SIMULATOR ? dataDir.resolve("journal-training.sqlite") : defaultJournal();
    }

    public Path defaultJournal() {
        return dataDir.resolve("journal.sqlite");
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
