package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shift_JIS for the printer")
class ShiftJisTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
        "髙橋, 高橋",
        "山﨑, 山崎",
        "麵, 麺",
        "①②, 12",
        "㈱海景, (株)海景",
        "～, 〜",
        "𠮷野家, 吉野家",
        "🍙, 〓",
        "C:\\tmp, C:＼tmp",
    })
    @DisplayName("characters outside JIS X 0208 fall back to a printable form, else 〓")
    void fallback(String text, String printed) {
        assertThat(ShiftJis.printable(text)).isEqualTo(printed);
    }

    @Test
    @DisplayName("¥ is byte 0x5C (printed as ¥ under the Japanese character set); kanji take two bytes, two columns")
    void bytes() {
        assertThat(HexFormat.of().formatHex(ShiftJis.encode("¥1,234"))).isEqualTo("5c312c323334");
        assertThat(HexFormat.of().formatHex(ShiftJis.encode("※"))).isEqualTo("81a6");
        assertThat(ShiftJis.printable("¥1,234")).isEqualTo("¥1,234");
        assertThat(ShiftJis.width("合計 ¥805")).isEqualTo(9);
        assertThat(ShiftJis.width("ｱｲｳ")).isEqualTo(3);
    }
}
