package dev.kaikei.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("journal-entry (仕訳) import files for freee and Money Forward")
class EntryFormatTest {

    private static final Charset SJIS = Charset.forName("Windows-31J");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static final List<EntryLine> LINES = List.of(
            new EntryLine(DAY, 1, "売掛金", "PayPay", "対象外", "売上高", "", "課税売上10%", 11_000, 1_000, false,
                    "PayPay 売上 10% 2026-03-01"),
            new EntryLine(DAY, 1, "現金", "", "対象外", "売上高", "", "課税売上8%（軽）", 5_400, 400, false,
                    "現金 売上 8% 2026-03-01"),
            new EntryLine(DAY, 2, "売上高", "", "課税売上10%", "売掛金", "PayPay", "対象外", 1_100, 100, true,
                    "PayPay 返金 10%, \"返品\" 鰯𩸽"));

    private static List<String> lines(EntryFormat f) {
        return new String(f.write(LINES), SJIS).lines().toList();
    }

    @Test
    @DisplayName("freee: 14 columns from 日付 to 摘要, tax on the side its category applies to, CRLF")
    void freee() {
        List<String> rows = lines(EntryFormat.FREEE);
        assertThat(rows.get(0)).isEqualTo("日付,伝票番号,決算整理仕訳,借方勘定科目,借方補助科目,借方税区分,借方金額,借方税額,"
                + "貸方勘定科目,貸方補助科目,貸方税区分,貸方金額,貸方税額,摘要");
        assertThat(rows.get(1)).isEqualTo("2026/03/01,1,,売掛金,PayPay,対象外,11000,0,売上高,,課税売上10%,11000,1000,"
                + "PayPay 売上 10% 2026-03-01");
        assertThat(rows.get(3)).isEqualTo("2026/03/01,2,,売上高,,課税売上10%,1100,100,売掛金,PayPay,対象外,1100,0,"
                + "\"PayPay 返金 10%, \"\"返品\"\" 鰯?\"");
        assertThat(new String(EntryFormat.FREEE.write(LINES), SJIS)).contains("\r\n").endsWith("\r\n");
    }

    @Test
    @DisplayName("Money Forward: the template's 27 columns A–AA, 取引No first, amounts in 借方金額(円)")
    void moneyForward() {
        List<String> rows = lines(EntryFormat.MONEYFORWARD);
        assertThat(rows.get(0).split(",", -1)).hasSize(27).startsWith("取引No", "取引日", "借方勘定科目")
                .endsWith("最終更新者");
        assertThat(rows.get(2).split(",", -1)).hasSize(27).startsWith("1", "2026/03/01", "現金", "", "", "",
                "対象外", "", "5400", "0", "売上高", "", "", "", "課税売上8%（軽）", "", "5400", "400",
                "現金 売上 8% 2026-03-01");
    }
}
