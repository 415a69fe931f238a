package dev.kaikei.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Loads settings from key/value pairs the way the Settings form does (no file, no environment), for key tests. */
final class FormSettings {

    private FormSettings() {
    }

    static Settings load(Path home, String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return new SettingsLoader(PlatformDirs.of("Linux", home, Map.of()), Map.of(), Locale.ENGLISH)
                .fromProperties(p, "form");
    }
}
