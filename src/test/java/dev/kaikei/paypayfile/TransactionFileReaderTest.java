package dev.kaikei.paypayfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.journal.PayPayFileStatus;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading PayPay's transaction file: what is accepted, and how a bad file is named. */
@DisplayName("PayPay transaction file reader")
class TransactionFileReaderTest {

    private static final Charset SJIS = Charset.forName("Windows-31J");
    private final TransactionFileReader reader = new TransactionFileReader();

    @TempDir
    Path dir;

    @Test
    @DisplayName("quoted cells keep their commas and quotes; refunds are negative; times are JST")
    void quotedCellsAndRefunds() throws Exception {
        TransactionFile f = reader.read(GoldenDay.golden(dir, "kanji-store-crlf.csv"));

        assertThat(f.lines()).hasSize(4);
        TransactionLine first = f.lines().get(0);
        assertThat(first.lineNumber()).isEqualTo(2);
        assertThat(first.storeName()).isEqualTo("渋谷①号店 ㈱カイケイ");
        assertThat(first.acceptedAt()).isEqualTo(GoldenDay.at("10:00"));
        TransactionLine refund = f.lines().get(3);
        assertThat(refund.status()).isEqualTo(PayPayFileStatus.REFUNDED);
        assertThat(refund.amount()).isEqualTo(-880);
        assertThat(refund.merchantId()).isEqualTo("T1-0301-R001");
    }

    @Test
    @DisplayName("a cell with a line break inside quotes does not shift the next line's number")
    void multiLineCell() throws Exception {
        String text = "決済番号,店舗ID,端末番号/PosID,取引ステータス,取引日時,取引金額,マーチャント決済ID,支払い方法\n"
                + "1,S1,T1,取引完了,2026-03-01T10:00:00+09:00,100,M1,\"a\nb\"\n"
                + "2,S1,T1,取引完了,2026-03-01T10:00:00+09:00,x,M2,c\n";
        assertThatThrownBy(() -> reader.read("f.csv", text.getBytes(SJIS)))
                .hasMessageStartingWith("line 4: 取引金額 'x' is not an amount");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "broken-utf8.csv|line 1: the file is UTF-8",
        "broken-utf8-bom.csv|line 1: the file is UTF-8 (it starts with a byte order mark)",
        "broken-missing-column.csv|line 1: the header lacks the column 取引金額",
        "broken-amount.csv|line 4: 取引金額 '3千300' is not an amount in yen",
        "broken-unclosed-quote.csv|line 3: the file is not valid CSV",
        "broken-short-line.csv|line 3: the line has 10 cells but the header has 13",
        "broken-status.csv|line 3: 取引ステータス '処理中' is not one of",
        "broken-garbage.csv|line 2: the file is not text (it holds the control character 0x1a)",
        "broken-panel-export.csv|line 1: this is the CSV download of the PayPay for Business merchant panel"})
    @DisplayName("a broken file names its line and what is wrong")
    void brokenFiles(String golden, String message) {
        assertThatThrownBy(() -> reader.read(GoldenDay.golden(dir, golden)))
                .isInstanceOf(TransactionFileException.class).hasMessageStartingWith(message);
    }

    @Test
    @DisplayName("a missing file is unreadable, not invalid")
    void missingFile() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.csv")))
                .isInstanceOfSatisfying(TransactionFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransactionFileException.Problem.UNREADABLE));
    }

    @Test
    @DisplayName("the day comes from PayPay's file name, with or without _v2")
    void dayInName() {
        assertThat(TransactionFileReader.dayInName("transaction_000000000000008181_20200130000000_20200130235959.csv"))
                .contains(LocalDate.of(2020, 1, 30));
        assertThat(TransactionFileReader.dayInName("preauth_transaction_81_20241001000000_20241001235959_v2.csv"))
                .contains(LocalDate.of(2024, 10, 1));
        assertThat(TransactionFileReader.dayInName("export.csv")).isEmpty();
    }
}
