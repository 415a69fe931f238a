package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties props = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @Test
    @DisplayName("Japanese and English have the same keys, none empty")
    void bundlesAreComplete() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties japanese = load("/i18n/messages_ja.properties");
        assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        english.forEach((k, v) -> assertThat(v.toString().strip()).as("en " + k).isNotEmpty());
        japanese.forEach((k, v) -> assertThat(v.toString().strip()).as("ja " + k).isNotEmpty());
        // The English locale file adds nothing of its own: English lives in the base bundle.
        assertThat(load("/i18n/messages_en.properties")).isEmpty();
    }

    @Test
    @DisplayName("the Japanese file really is Japanese (no English copied over)")
    void japaneseIsTranslated() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties japanese = load("/i18n/messages_ja.properties");
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(japanese.getProperty(k))).count();
        // Only symbol-like strings (C, ⌫) may coincide.
        assertThat(same).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"ja, 支払い完了", "ja_JP, 支払い完了", "en, Paid", "en_US, Paid", "fr, Paid", "de_DE, Paid"})
    void picksTheLanguageWithEnglishFallback(String tag, String paid) {
        Messages messages = new Messages(Locale.forLanguageTag(tag.replace('_', '-')));
        assertThat(messages.get("checkout.state.paid")).isEqualTo(paid);
    }

    @Test
    void englishFallbackEvenOnAJapaneseMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(new Messages(Locale.FRENCH).get("generic.button.cancel")).isEqualTo("Cancel");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsArgumentsAndShowsMissingKeys() {
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(en.format("checkout.countdown", "4:59")).isEqualTo("Expires in 4:59");
        assertThat(en.get("no.such.key")).isEqualTo("no.such.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout.instruction.awaiting_payment", "generic.training"})
    void japaneseCustomerTexts(String key) {
        assertThat(new Messages(Locale.JAPANESE).get(key)).matches(".*[\\p{IsHiragana}\\p{IsKatakana}].*");
    }
}
