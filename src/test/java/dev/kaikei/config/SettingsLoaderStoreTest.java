package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SettingsLoader: PayPay store id and account-link redirect URL")
class SettingsLoaderStoreTest {

    private static final String STORE_ID_KEY = "store.id (env KAIKEI_STORE_ID)";
    private static final String REDIRECT_KEY = "paypay.linkRedirectUrl (env KAIKEI_PAYPAY_LINK_REDIRECT_URL)";

    @TempDir
    Path tmp;

    private Settings load(String... keyValues) {
        return FormSettings.load(tmp, keyValues);
    }

    private ConfigException problems(String... keyValues) {
        return catchThrowableOfType(ConfigException.class, () -> load(keyValues));
    }

    /** The keys STAGING needs, so a test sees only the problem it is about. */
    private String[] staging(String... more) {
        String[] base = {ConfigKeys.ENV, "STAGING", ConfigKeys.API_KEY, "k", ConfigKeys.API_SECRET, "s",
                ConfigKeys.MERCHANT_ID, "m"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    @DisplayName("defaults: no storeId, the default redirect page")
    void defaults() {
        Settings s = load();
        assertThat(s.storeId()).isEmpty();
        assertThat(s.linkRedirectUrl()).isEmpty();
        assertThat(s.toString()).contains("storeId=(none)", "linkRedirectUrl=(default)");
    }

    @Nested
    @DisplayName("store.id")
    class StoreId {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"S1", "渋谷店 No.1", "Branch #2 (Shibuya)", "ｼﾌﾞﾔ-01"})
        @DisplayName("printable text loads as it is")
        void valid(String id) {
            assertThat(load(ConfigKeys.STORE_ID, id).storeId()).contains(id);
        }

        @Test
        @DisplayName("255 characters is the most; 256 is refused naming the key and the rule")
        void length() {
            assertThat(load(ConfigKeys.STORE_ID, "s".repeat(255)).storeId()).contains("s".repeat(255));
            ConfigException e = problems(ConfigKeys.STORE_ID, "s".repeat(256));
            assertThat(e.problems()).containsExactly(STORE_ID_KEY + " must be at most 255 characters (got 256)");
            assertThat(e.about(ConfigKeys.STORE_ID)).hasSize(1);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource({
                "'S1\tB', U+0009",
                "'S1\u0007', U+0007",
                "'S1\nB', U+000A",
                "'S\u202E1', U+202E",
                "'S\u200B1', U+200B",
                "'S\u2028B', U+2028"})
        @DisplayName("control and invisible characters are refused, named by code point, never echoed")
        void controlCharacters(String id, String codePoint) {
            ConfigException e = problems(ConfigKeys.STORE_ID, id);
            assertThat(e.problems()).containsExactly(STORE_ID_KEY
                    + " must be printable text without control characters (found " + codePoint + ")");
            // One line, whatever the value held.
            assertThat(e.getMessage()).doesNotContain(id).doesNotContain("\n").doesNotContain("\r");
        }

        @Test
        @DisplayName("surrounding blanks are trimmed; blank means none")
        void blank() {
            assertThat(load(ConfigKeys.STORE_ID, "  S1 ").storeId()).contains("S1");
            assertThat(load(ConfigKeys.STORE_ID, "   ").storeId()).isEmpty();
        }
    }

    @Nested
    @DisplayName("paypay.linkRedirectUrl")
    class LinkRedirectUrl {

        @Test
        @DisplayName("an absolute https:// URL loads in every environment")
        void https() {
            String url = "https://shop.example.com/paypay/linked?branch=1";
            assertThat(load(staging(ConfigKeys.LINK_REDIRECT_URL, url)).linkRedirectUrl()).contains(URI.create(url));
            assertThat(load(ConfigKeys.LINK_REDIRECT_URL, url).linkRedirectUrl()).contains(URI.create(url));
            assertThat(load(ConfigKeys.LINK_REDIRECT_URL, url).toString()).contains("linkRedirectUrl=" + url);
        }

        @Test
        @DisplayName("http:// is accepted only in SIMULATOR (training) mode")
        void httpOnlyInSimulator() {
            String url = "http://127.0.0.1:8080/linked";
            assertThat(load(ConfigKeys.LINK_REDIRECT_URL, url).linkRedirectUrl()).contains(URI.create(url));
            for (String env : new String[] {"STAGING", "PROD"}) {
                String[] kv = staging(ConfigKeys.LINK_REDIRECT_URL, url);
                kv[1] = env;
                ConfigException e = problems(kv);
                assertThat(e.problems()).as(env).containsExactly(REDIRECT_KEY + " must be an absolute https:// URL"
                        + " with a host (http:// only when paypay.env is SIMULATOR) (got '" + url + "')");
            }
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"ftp://shop.example.com/linked", "/paypay/linked", "shop.example.com/linked",
                "https:///linked", "mailto:shop@example.com"})
        @DisplayName("anything but an absolute URL with a host is refused naming the key and the rule")
        void notAbsoluteHttps(String url) {
            ConfigException e = problems(staging(ConfigKeys.LINK_REDIRECT_URL, url));
            assertThat(e.problems()).singleElement().asString()
                    .startsWith(REDIRECT_KEY + " must be an absolute https:// URL with a host").endsWith(url + "')");
            assertThat(e.about(ConfigKeys.LINK_REDIRECT_URL)).hasSize(1);
        }

        @Test
        @DisplayName("simulator mode names its own rule (https:// or http://)")
        void simulatorRule() {
            ConfigException e = problems(ConfigKeys.LINK_REDIRECT_URL, "ftp://x.example/linked");
            assertThat(e.problems()).containsExactly(REDIRECT_KEY
                    + " must be an absolute https:// or http:// URL with a host (got 'ftp://x.example/linked')");
        }

        @Test
        @DisplayName("a malformed URL and one longer than PayPay's 255 characters are refused")
        void malformedAndTooLong() {
            assertThat(problems(staging(ConfigKeys.LINK_REDIRECT_URL, "https://shop example.com/")).problems())
                    .singleElement().asString().startsWith(REDIRECT_KEY + " is not a valid URL: ");
            String longUrl = "https://shop.example.com/" + "a".repeat(231);
            assertThat(longUrl).hasSize(256);
            assertThat(problems(staging(ConfigKeys.LINK_REDIRECT_URL, longUrl)).problems())
                    .containsExactly(REDIRECT_KEY + " must be at most 255 characters (got 256)");
            String longest = longUrl.substring(0, 255);
            assertThat(load(staging(ConfigKeys.LINK_REDIRECT_URL, longest)).linkRedirectUrl())
                    .contains(URI.create(longest));
        }
    }

    @Nested
    @DisplayName("from a file and the environment")
    class FileAndEnvironment {

        private Path file(String content) throws IOException {
            Path p = tmp.resolve("kaikei.properties");
            Files.writeString(p, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
            return p;
        }

        private SettingsLoader loader(Map<String, String> env) {
            return new SettingsLoader(PlatformDirs.of("Linux", tmp.resolve("home"), Map.of()), env, Locale.ENGLISH);
        }

        @Test
        @DisplayName("both keys are known: read from the file without an unknown-key warning")
        void fromFile() throws IOException {
            Path p = file("store.id=S-FILE\npaypay.linkRedirectUrl=https://file.example/linked\n");
            Settings s = loader(Map.of()).load(Optional.of(p));
            assertThat(s.storeId()).contains("S-FILE");
            assertThat(s.linkRedirectUrl()).contains(URI.create("https://file.example/linked"));
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        @DisplayName("KAIKEI_STORE_ID and KAIKEI_PAYPAY_LINK_REDIRECT_URL win over the file")
        void environmentWins() throws IOException {
            assertThat(ConfigKeys.environmentVariable(ConfigKeys.STORE_ID)).isEqualTo("KAIKEI_STORE_ID");
            assertThat(ConfigKeys.environmentVariable(ConfigKeys.LINK_REDIRECT_URL))
                    .isEqualTo("KAIKEI_PAYPAY_LINK_REDIRECT_URL");
            Path p = file("store.id=S-FILE\npaypay.linkRedirectUrl=https://file.example/linked\n");
            Settings s = loader(Map.of("KAIKEI_STORE_ID", "S-ENV", "KAIKEI_PAYPAY_LINK_REDIRECT_URL",
                    "https://env.example/linked")).load(Optional.of(p));
            assertThat(s.storeId()).contains("S-ENV");
            assertThat(s.linkRedirectUrl()).contains(URI.create("https://env.example/linked"));
        }

        @Test
        @DisplayName("an invalid value from the environment is reported like one from the file")
        void environmentValidated() {
            Properties none = new Properties();
            ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader(Map.of(
                    "KAIKEI_STORE_ID", "S\u0001", "KAIKEI_PAYPAY_ENV", "STAGING", "KAIKEI_PAYPAY_API_KEY", "k",
                    "KAIKEI_PAYPAY_API_SECRET", "s", "KAIKEI_PAYPAY_MERCHANT_ID", "m",
                    "KAIKEI_PAYPAY_LINK_REDIRECT_URL", "http://env.example/linked")).fromProperties(none, "env"));
            assertThat(e.about(ConfigKeys.STORE_ID)).extracting(Problem::text).containsExactly(STORE_ID_KEY
                    + " must be printable text without control characters (found U+0001)");
            assertThat(e.about(ConfigKeys.LINK_REDIRECT_URL)).singleElement().asString()
                    .contains("http:// only when paypay.env is SIMULATOR");
        }
    }
}
