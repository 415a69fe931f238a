package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SettingsLoader: kiosk, sound, voice and backup keys")
class SettingsLoaderCounterTest {

    @TempDir
    Path tmp;

    private Settings load(String... keyValues) {
        return FormSettings.load(tmp, keyValues);
    }

    @Test
    @DisplayName("defaults: no kiosk, sound on, voice off, 14 backups in backups/ next to the journal")
    void defaults() {
        Settings s = load(ConfigKeys.JOURNAL_PATH, tmp.resolve("data/journal.sqlite").toString());
        CounterOptions c = s.counter();
        assertThat(c.kiosk()).isFalse();
        assertThat(c.soundEnabled()).isTrue();
        assertThat(c.voiceEnabled()).isFalse();
        assertThat(c.backupKeepDays()).isEqualTo(14);
        assertThat(c.backupDirFor(s.journalPath())).isEqualTo(tmp.resolve("data/backups"));
    }

    @Test
    @DisplayName("every key is read")
    void set() {
        CounterOptions c = load(ConfigKeys.KIOSK_ENABLED, "true", ConfigKeys.SOUND_ENABLED, "false",
                ConfigKeys.VOICE_ENABLED, "TRUE", ConfigKeys.BACKUP_DIR, tmp.resolve("bk").toString(),
                ConfigKeys.BACKUP_KEEP_DAYS, "3", ConfigKeys.WINDOW_MODE, "Maximized").counter();
        assertThat(c).isEqualTo(new CounterOptions(true, false, true, Optional.of(tmp.resolve("bk")), 3,
                WindowMode.MAXIMIZED));
        assertThat(ConfigKeys.ALL).contains(ConfigKeys.KIOSK_ENABLED, ConfigKeys.SOUND_ENABLED,
                ConfigKeys.VOICE_ENABLED, ConfigKeys.BACKUP_DIR, ConfigKeys.BACKUP_KEEP_DAYS, ConfigKeys.WINDOW_MODE);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "kiosk.enabled, on, 'kiosk.enabled (env KAIKEI_KIOSK_ENABLED) is ''on''; allowed: true | false'",
            "sound.enabled, 1, 'sound.enabled (env KAIKEI_SOUND_ENABLED) is ''1''; allowed: true | false'",
            "voice.enabled, yes, 'voice.enabled (env KAIKEI_VOICE_ENABLED) is ''yes''; allowed: true | false'",
            "backup.keepDays, 0, 'backup.keepDays (env KAIKEI_BACKUP_KEEP_DAYS) is ''0''; allowed: a whole number of backups to keep, 1-366'",
            "backup.keepDays, 367, 'backup.keepDays (env KAIKEI_BACKUP_KEEP_DAYS) is ''367''; allowed: a whole number of backups to keep, 1-366'",
            "backup.keepDays, two weeks, 'backup.keepDays (env KAIKEI_BACKUP_KEEP_DAYS) is ''two weeks''; allowed: a whole number of backups to keep, 1-366'",
            "display.window, large, 'display.window (env KAIKEI_DISPLAY_WINDOW) is ''large''; allowed: auto | window | maximized | fullscreen'",
            "backup.dir, 'bad\u0000dir', 'backup.dir (env KAIKEI_BACKUP_DIR) is not a valid folder path: Nul character not allowed: bad\u0000dir'"})
    @DisplayName("invalid values are reported with the key and the allowed values")
    void invalid(String key, String value, String problem) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(key, value));
        assertThat(e.about(key)).extracting(Problem::text).containsExactly(problem);
    }

    @Test
    @DisplayName("the settings summary shows the new options")
    void summary() {
        assertThat(load(ConfigKeys.KIOSK_ENABLED, "true").toString()).contains("kiosk=true", "soundEnabled=true",
                "voiceEnabled=false", "backupKeepDays=14");
    }
}
