package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SettingsWriter")
class SettingsWriterTest {

    @TempDir
    Path tmp;

    private Properties read(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @Test
    @DisplayName("rewrites keys in place, switches on commented examples, keeps comments and unknown keys, appends new ones")
    void merges() throws IOException {
        Path file = tmp.resolve("kaikei.properties");
        Files.writeString(file, String.join("\n",
                "# Kaikei settings",
                "paypay.env=SIMULATOR",
                "# Credentials",
                "#paypay.apiKey=",
                "custom.thing = keep me",
                "store.name=Old \\",
                "   continued",
                "poll.intervalSeconds=4",
                "poll.intervalSeconds=5",
                ""), StandardCharsets.UTF_8);
        Map<String, String> changes = new HashMap<>();
        changes.put(ConfigKeys.ENV, "STAGING");
        changes.put(ConfigKeys.API_KEY, "key-1");
        changes.put(ConfigKeys.STORE_NAME, "Café 渋谷 = #1");
        changes.put(ConfigKeys.POLL_INTERVAL, null);
        changes.put(ConfigKeys.LOCALE, "ja");
        SettingsWriter.write(file, changes);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Kaikei settings\npaypay.env=STAGING\n# Credentials\npaypay.apiKey=key-1\n")
                .contains("custom.thing = keep me").doesNotContain("continued").doesNotContain("poll.intervalSeconds")
                .endsWith("locale=ja\n");
        Properties props = read(file);
        assertThat(props.getProperty(ConfigKeys.STORE_NAME)).isEqualTo("Café 渋谷 = #1");
        assertThat(props.getProperty("custom.thing")).isEqualTo("keep me");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @DisplayName("creates the file and its directory; values with spaces, backslashes and newlines survive")
    void createsAndEscapes() throws IOException {
        Path file = tmp.resolve("new/dir/kaikei.properties");
        SettingsWriter.write(file, Map.of(ConfigKeys.API_SECRET, " a\\b\nc=d ", ConfigKeys.STORE_NAME, "x"));
        assertThat(read(file).getProperty(ConfigKeys.API_SECRET)).isEqualTo(" a\\b\nc=d ");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("what it writes loads back through SettingsLoader unchanged")
    void roundTrip() {
        Path file = tmp.resolve("kaikei.properties");
        String hash = ManagerPin.hash("2468".toCharArray());
        SettingsWriter.write(file, Map.of(ConfigKeys.ENV, "STAGING", ConfigKeys.API_KEY, "k",
                ConfigKeys.API_SECRET, "s3cr=t", ConfigKeys.MERCHANT_ID, "m-1", ConfigKeys.MANAGER_PIN_HASH, hash,
                ConfigKeys.PRE_AUTH_ENABLED, "true", ConfigKeys.CUSTOMER_SCREEN, "1", ConfigKeys.TERMINAL_ID, "REG1"));
        Settings s = new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), Map.of(), Locale.ENGLISH)
                .load(Optional.of(file));
        assertThat(s.mode()).isEqualTo(PayPayMode.STAGING);
        assertThat(s.apiSecret().reveal()).isEqualTo("s3cr=t");
        assertThat(s.managerPinHash()).contains(hash);
        assertThat(s.preAuthEnabled()).isTrue();
        assertThat(s.customerScreen()).hasValue(1);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.toString()).doesNotContain(hash).doesNotContain("s3cr=t").contains("managerPin=(set)");
    }
}
