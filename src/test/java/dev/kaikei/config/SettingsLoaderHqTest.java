package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("hq.url and hq.token")
class SettingsLoaderHqTest {

    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";

    @TempDir
    Path home;

    @Test
    @DisplayName("unset: no sync")
    void unset() {
        assertThat(FormSettings.load(home).hq()).isEmpty();
    }

    @Test
    @DisplayName("set: the link, with the token masked wherever settings are printed")
    void set() {
        Settings s = FormSettings.load(home, "hq.url", "https://hq.example.jp", "hq.token", TOKEN);
        assertThat(s.hq()).get().extracting(HqLink::url).isEqualTo(URI.create("https://hq.example.jp"));
        assertThat(s.hq().get().token().reveal()).isEqualTo(TOKEN);
        assertThat(s.toString()).contains("https://hq.example.jp").doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("http only to this machine")
    void loopbackHttp() {
        assertThat(FormSettings.load(home, "hq.url", "http://127.0.0.1:8080", "hq.token", TOKEN).hq()).isPresent();
        assertThat(FormSettings.load(home, "hq.url", "http://localhost:8080", "hq.token", TOKEN).hq()).isPresent();
    }

    @ParameterizedTest
    @DisplayName("wrong combinations name the key, and never repeat the token")
    @CsvSource(delimiter = '|', value = {
            "http://hq.example.jp|" + TOKEN + "|hq.url (env KAIKEI_HQ_URL) must be an https:// URL",
            "ftp://hq.example.jp|" + TOKEN + "|hq.url (env KAIKEI_HQ_URL) must be an https:// URL",
            "https://hq.example.jp/?a=1|" + TOKEN + "|hq.url (env KAIKEI_HQ_URL) must be an https:// URL",
            "https://hq example|" + TOKEN + "|hq.url (env KAIKEI_HQ_URL) is not a valid URL",
            "https://hq.example.jp|short|hq.token (env KAIKEI_HQ_TOKEN) is not a terminal token",
            "https://hq.example.jp|" + TOKEN + "!|hq.token (env KAIKEI_HQ_TOKEN) is not a terminal token",
            "|" + TOKEN + "|hq.url (env KAIKEI_HQ_URL) is required when hq.token is set",
            "https://hq.example.jp||hq.token (env KAIKEI_HQ_TOKEN) is required when hq.url is set"})
    void invalid(String url, String token, String message) {
        assertThatThrownBy(() -> FormSettings.load(home, "hq.url", url == null ? "" : url, "hq.token",
                token == null ? "" : token)).isInstanceOf(ConfigException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN.substring(0, 20)));
    }
}
