package dev.kaikei.ui.settings;

import dev.kaikei.config.ConfigException;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.config.SettingsWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the Settings screen reads and saves its values, and the rules it validates them by — the same
 * {@link SettingsLoader} the app starts with, so the screen never has rules of its own.
 */
public interface SettingsStore {

    /** The values saved now (empty if there is no file yet). */
    Properties load();

    /**
     * Validates complete values by the loader's rules.
     *
     * @throws ConfigException with one problem per broken rule, each starting with its key
     */
    Settings validate(Properties values);

    /** Saves {@code changes} (key → value, null removes the key); keeps comments and other keys. */
    void save(Map<String, String> changes);

    /**
     * The properties file at {@code file}, validated by {@code loader} (build it with an empty environment, so the
     * form's values are what is checked).
     */
    static SettingsStore file(Path file, SettingsLoader loader) {
        return new SettingsStore() {
            @Override
            public Properties load() {
                Properties p = new Properties();
                if (Files.isRegularFile(file)) {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        p.load(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                    }
                }
                return p;
            }

            @Override
            public Settings validate(Properties values) {
                return loader.fromProperties(values, file.toString());
            }

            @Override
            public void save(Map<String, String> changes) {
                SettingsWriter.write(file, changes);
            }
        };
    }
}
