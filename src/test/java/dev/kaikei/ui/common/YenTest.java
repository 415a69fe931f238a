package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 | ¥0 | 0円",
            "1 | ¥1 | 1円",
            "1200 | ¥1,200 | 1,200円",
            "99999999999 | ¥99,999,999,999 | 99,999,999,999円",
            "-500 | -¥500 | -500円"})
    void formats(long yen, String display, String japanese) {
        assertThat(Yen.format(yen)).isEqualTo(display);
        assertThat(Yen.formatJapanese(yen)).isEqualTo(japanese);
        assertThat(Yen.inText(yen, Locale.JAPANESE)).isEqualTo(japanese);
        assertThat(Yen.inText(yen, Locale.ENGLISH)).isEqualTo(display);
    }

    @ParameterizedTest
    @CsvSource({"de", "fr", "hi"})
    void groupingDoesNotFollowTheDefaultLocale(String tag) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertThat(Yen.format(1234567)).isEqualTo("¥1,234,567");
        } finally {
            Locale.setDefault(before);
        }
    }
}
