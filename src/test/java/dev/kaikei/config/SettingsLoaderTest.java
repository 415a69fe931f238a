package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.testing.LogCapture;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    private static final String SECRET = "c2VjcmV0LXZhbHVlLTEyMzQ1Njc4OTA=";

    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();

    private SettingsLoader loader() {
        return new SettingsLoader(PlatformDirs.of("Linux", tmp.resolve("home"), Map.of()), env, Locale.ENGLISH);
    }

    private Path file(String content) throws IOException {
        Path p = tmp.resolve("kaikei.properties");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        return p;
    }

    @Nested
    @DisplayName("with no configuration at all")
    class Defaults {
        @Test
        @DisplayName("runs the simulator with sensible defaults")
        void simulatorDefaults() {
            Settings s = loader().load(Optional.empty());
            assertThat(s.mode()).isEqualTo(PayPayMode.SIMULATOR);
            assertThat(s.pollIntervalSeconds()).isEqualTo(4);
            assertThat(s.journalPath()).isEqualTo(tmp.resolve("home/.local/share/kaikei/journal-training.sqlite"));
            assertThat(s.terminalId()).matches("[A-Za-z0-9_-]{1,16}");
            assertThat(s.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(s.source()).isEqualTo("defaults");
        }

        @Test
        @DisplayName("keeps real payments in a journal apart from training ones")
        void realJournalIsSeparate() throws IOException {
            Path p = file("paypay.env=STAGING\npaypay.apiKey=k\npaypay.apiSecret=s\npaypay.merchantId=m\n");
            assertThat(loader().load(Optional.of(p)).journalPath())
                    .isEqualTo(tmp.resolve("home/.local/share/kaikei/journal.sqlite"));
        }

        @Test
        @DisplayName("defaults the language from the OS")
        void localeFromOs() {
            var ja = new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), env, Locale.JAPAN);
            assertThat(ja.load(Optional.empty()).locale()).isEqualTo(Locale.JAPANESE);
        }

        @ParameterizedTest(name = "OS {0}, locale key ''{1}'' -> {2}")
        @CsvSource(delimiter = '|', value = {
            "ja-JP |    | Kaikei ストア",
            "en-US |    | Kaikei Store",
            "en-US | ja | Kaikei ストア",
            "ja-JP | en | Kaikei Store",
        })
        @DisplayName("the default store name is in the screens' language (customers read it)")
        void defaultStoreNameFollowsTheLanguage(String os, String localeKey, String expected) throws IOException {
            var loader = new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), env,
                    Locale.forLanguageTag(os));
            Path p = file(localeKey == null ? "" : "locale=" + localeKey + "\n");
            assertThat(loader.load(Optional.of(p)).storeName()).isEqualTo(expected);
        }

        @Test
        @DisplayName("reads the user's file in the platform config dir when present")
        void userFile() throws IOException {
            Path userFile = tmp.resolve("home/.config/kaikei/kaikei.properties");
            Files.createDirectories(userFile.getParent());
            Files.writeString(userFile, "store.name=Cafe Sakura\n");
            Settings s = loader().load(Optional.empty());
            assertThat(s.storeName()).isEqualTo("Cafe Sakura");
            assertThat(s.source()).isEqualTo(userFile.toString());
        }
    }

    @Test
    @DisplayName("reads every key from a file")
    void readsFile() throws IOException {
        Path p = file("""
                paypay.env=STAGING
                paypay.baseUrl=https://apigw.sandbox.paypay.ne.jp
                paypay.apiKey=a_key
                paypay.apiSecret=%s
                paypay.merchantId=1234567890
                store.name=喫茶さくら
                terminal.id=REG-2
                journal.path=%s
                poll.intervalSeconds=5
                locale=ja
                """.formatted(SECRET, tmp.resolve("j.sqlite").toString().replace("\\", "/")));
        Settings s = loader().load(Optional.of(p));
        assertThat(s.mode()).isEqualTo(PayPayMode.STAGING);
        assertThat(s.baseUrl()).contains(URI.create("https://apigw.sandbox.paypay.ne.jp"));
        assertThat(s.apiKey()).isEqualTo("a_key");
        assertThat(s.apiSecret().reveal()).isEqualTo(SECRET);
        assertThat(s.merchantId()).isEqualTo("1234567890");
        assertThat(s.storeName()).isEqualTo("喫茶さくら");
        assertThat(s.terminalId()).isEqualTo("REG-2");
        assertThat(s.pollIntervalSeconds()).isEqualTo(5);
        assertThat(s.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    @DisplayName("environment variables override the file")
    void environmentWins() throws IOException {
        Path p = file("store.name=From file\npoll.intervalSeconds=3\n");
        env.put("KAIKEI_STORE_NAME", "From env");
        env.put("KAIKEI_POLL_INTERVAL_SECONDS", "2");
        Settings s = loader().load(Optional.of(p));
        assertThat(s.storeName()).isEqualTo("From env");
        assertThat(s.pollIntervalSeconds()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "paypay.apiSecret, KAIKEI_PAYPAY_API_SECRET",
            "paypay.baseUrl, KAIKEI_PAYPAY_BASE_URL",
            "poll.intervalSeconds, KAIKEI_POLL_INTERVAL_SECONDS",
            "terminal.id, KAIKEI_TERMINAL_ID",
            "locale, KAIKEI_LOCALE"})
    void environmentVariableNames(String key, String variable) {
        assertThat(ConfigKeys.environmentVariable(key)).isEqualTo(variable);
    }

    @Nested
    @DisplayName("invalid values")
    class Invalid {
        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
                "paypay.env|LIVE|paypay.env (env KAIKEI_PAYPAY_ENV) is 'LIVE'; allowed: SIMULATOR | STAGING | PROD | PERF",
                "poll.intervalSeconds|1|poll.intervalSeconds (env KAIKEI_POLL_INTERVAL_SECONDS) is '1'; allowed: a whole number 2-5",
                "poll.intervalSeconds|6|allowed: a whole number 2-5",
                "poll.intervalSeconds|four|allowed: a whole number 2-5",
                "locale|fr|locale (env KAIKEI_LOCALE) is 'fr'; allowed: ja | en",
                "terminal.id|till number 1|terminal.id (env KAIKEI_TERMINAL_ID) must be 1-16 characters",
                "terminal.id|ABCDEFGHIJKLMNOPQ|must be 1-16 characters",
                "paypay.baseUrl|ftp://example.com|must be an http:// or https:// URL",
                "paypay.baseUrl|not a url|paypay.baseUrl",
                "paypay.merchantId|has space|paypay.merchantId (env KAIKEI_PAYPAY_MERCHANT_ID) must be 1-64 characters"})
        void namesKeyAndAllowedValues(String key, String value, String expected) throws IOException {
            Path p = file(key + "=" + value + "\n");
            assertThatThrownBy(() -> loader().load(Optional.of(p)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(expected);
        }

        @Test
        @DisplayName("a non-simulator environment without keys lists every missing key at once")
        void missingCredentials() throws IOException {
            Path p = file("paypay.env=PROD\n");
            assertThatThrownBy(() -> loader().load(Optional.of(p)))
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(3))
                    .hasMessageContaining("paypay.apiKey")
                    .hasMessageContaining("paypay.apiSecret")
                    .hasMessageContaining("paypay.merchantId")
                    .hasMessageContaining("required when paypay.env is PROD");
        }

        @Test
        @DisplayName("production refuses a plain-http base URL")
        void prodNeedsHttps() throws IOException {
            Path p = file("paypay.env=PROD\npaypay.apiKey=k\npaypay.apiSecret=s\npaypay.merchantId=m\n"
                    + "paypay.baseUrl=http://apigw.paypay.ne.jp\n");
            assertThatThrownBy(() -> loader().load(Optional.of(p)))
                    .hasMessageContaining("must use https:// when paypay.env is PROD");
        }

        @Test
        @DisplayName("a missing --config file is an error, not silently the defaults")
        void missingExplicitFile() {
            assertThatThrownBy(() -> loader().load(Optional.of(tmp.resolve("nope.properties"))))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("nope.properties does not exist");
        }

        @Test
        @DisplayName("a malformed file (bad unicode escape) is an error naming the file")
        void malformedFile() throws IOException {
            Path p = file("store.name=\\uZZZZ\n");
            assertThatThrownBy(() -> loader().load(Optional.of(p)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("cannot be read");
        }
    }

    @Nested
    @DisplayName("warnings")
    class Warnings {
        @Test
        @DisplayName("a secret in a file other users can read is warned about")
        void worldReadableSecret() throws IOException {
            Path p = file("paypay.apiSecret=" + SECRET + "\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
            Settings s = loader().load(Optional.of(p));
            assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("other users can read it"));
        }

        @Test
        @DisplayName("a private secret file gets no warning")
        void privateSecret() throws IOException {
            Path p = file("paypay.apiSecret=" + SECRET + "\n");
            assertThat(loader().load(Optional.of(p)).warnings()).isEmpty();
        }

        @Test
        @DisplayName("a misspelt key is reported rather than silently ignored")
        void unknownKey() throws IOException {
            Path p = file("poll.interval=3\n");
            assertThat(loader().load(Optional.of(p)).warnings())
                    .anySatisfy(w -> assertThat(w).contains("unknown key 'poll.interval'"));
        }
    }

    @Test
    @DisplayName("the API secret never appears in logs, messages or toString")
    void secretNeverPrinted() throws IOException {
        Path p = file("paypay.env=STAGING\npaypay.apiSecret=" + SECRET + "\npoll.intervalSeconds=9\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        try (LogCapture logs = new LogCapture()) {
            assertThatThrownBy(() -> loader().load(Optional.of(p)))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
            Path ok = file("paypay.env=STAGING\npaypay.apiKey=k\npaypay.merchantId=m\npaypay.apiSecret=" + SECRET
                    + "\nbogus=1\n");
            Files.setPosixFilePermissions(ok, PosixFilePermissions.fromString("rw-r--r--"));
            Settings s = loader().load(Optional.of(ok));
            org.slf4j.LoggerFactory.getLogger("test").info("settings {}", s);
            assertThat(s.toString()).doesNotContain(SECRET).contains("********");
            assertThat(logs.lines()).isNotEmpty();
            assertThat(logs.all()).doesNotContain(SECRET);
        }
    }
}
