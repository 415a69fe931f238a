package dev.kaikei.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Kaikei keeps its files on each OS: the config dir (settings), the data dir (journal, backups) and the log dir,
 * following each platform's convention (XDG base directories on Linux, %APPDATA% on Windows, ~/Library on macOS).
 */
public record PlatformDirs(Path configDir, Path dataDir, Path logDir) {

    private static final String APP = "kaikei";

    public static PlatformDirs forCurrentUser() {
        String os = System.getProperty("os.name", "");
        Map<String, String> env = System.getenv();
        return of(os, home(os, env, System.getProperty("user.home", ".")), env);
    }

    /**
     * The user's home: on Linux and macOS {@code $HOME} when it is an absolute path, as every other program there
     * uses it (the JVM's {@code user.home} comes from the password database and ignores a changed {@code HOME}, e.g.
     * a kiosk session or a service that sets its own); on Windows, and without a usable {@code HOME}, the JVM's.
     */
    static Path home(String osName, Map<String, String> env, String userHome) {
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        return absolute(env.get("HOME")).filter(h -> !windows).orElse(Path.of(userHome));
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
        // XDG base directories: each variable counts only when set to an absolute path (the spec says to ignore a
        // relative one), else the spec's default under the home.
        Path config = absolute(env.get("XDG_CONFIG_HOME")).orElse(home.resolve(".config")).resolve(APP);
        Path data = absolute(env.get("XDG_DATA_HOME")).orElse(home.resolve(".local").resolve("share")).resolve(APP);
        Path state = absolute(env.get("XDG_STATE_HOME")).orElse(home.resolve(".local").resolve("state")).resolve(APP);
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

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
