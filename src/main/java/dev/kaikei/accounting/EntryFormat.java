package dev.kaikei.accounting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.kaikei.sale.TaxRate;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The journal-entry (仕訳) import formats of the two accounting products, each as its documentation describes it:
 * <ul>
 *   <li><b>freee</b>: the generic journal import for data from other software, support.freee.co.jp article 204847430
 *       ("その他の会計ソフトから仕訳データを移行する"): one row per line with 日付 (yyyy/MM/dd), 伝票番号 (rows with the same
 *       date and number form one entry), 決算整理仕訳, and debit and credit columns each with 勘定科目, 補助科目, 税区分,
 *       金額 and 税額, then 摘要. Tax category names follow freee's own (developer.freee.co.jp news 1434: 課税売上10%,
 *       課税売上8%（軽）).</li>
 *   <li><b>Money Forward</b>: クラウド会計's 仕訳帳 import (biz.moneyforward.com support guide "仕訳帳をインポートする",
 *       import-books/ib01): its template's 27 columns A–AA in their order, 取引No, 取引日, 勘定科目 and 金額 required,
 *       rows with the same 取引日 and 取引No and balanced sides form one compound entry.</li>
 * </ul>
 * Both are written as Shift_JIS (Windows-31J) with CRLF, the encoding their Excel-oriented templates use; a character
 * outside it (rare in our own texts) becomes "?".
 */
public enum EntryFormat {

    FREEE(List.of("日付", "伝票番号", "決算整理仕訳", "借方勘定科目", "借方補助科目", "借方税区分", "借方金額", "借方税額",
            "貸方勘定科目", "貸方補助科目", "貸方税区分", "貸方金額", "貸方税額", "摘要")) {
        @Override
        List<String> cells(EntryLine l) {
            return List.of(DATE.format(l.date()), Integer.toString(l.voucher()), "", l.debitAccount(),
                    l.debitSub(), l.debitTaxLabel(), yen(l.amount()), yen(l.taxOnDebit() ? l.tax() : 0),
                    l.creditAccount(), l.creditSub(), l.creditTaxLabel(), yen(l.amount()),
                    yen(l.taxOnDebit() ? 0 : l.tax()), l.memo());
        }

        @Override
        public String salesTax(TaxRate rate) {
            return switch (rate) {
                case STANDARD_10 -> "課税売上10%";
                case REDUCED_8 -> "課税売上8%（軽）";
                case NONE -> "非課売上";
            };
        }
    },

    MONEYFORWARD(List.of("取引No", "取引日", "借方勘定科目", "借方補助科目", "借方部門", "借方取引先", "借方税区分",
            "借方インボイス", "借方金額(円)", "借方税額", "貸方勘定科目", "貸方補助科目", "貸方部門", "貸方取引先", "貸方税区分",
            "貸方インボイス", "貸方金額(円)", "貸方税額", "摘要", "仕訳メモ", "タグ", "MF仕訳タイプ", "決算整理仕訳", "作成日時",
            "作成者", "最終更新日時", "最終更新者")) {
        @Override
        List<String> cells(EntryLine l) {
            return List.of(Integer.toString(l.voucher()), DATE.format(l.date()), l.debitAccount(), l.debitSub(), "",
                    "", l.debitTaxLabel(), "", yen(l.amount()), yen(l.taxOnDebit() ? l.tax() : 0), l.creditAccount(),
                    l.creditSub(), "", "", l.creditTaxLabel(), "", yen(l.amount()), yen(l.taxOnDebit() ? 0 : l.tax()),
                    l.memo(), "", "", "", "", "", "", "", "");
        }

        @Override
        public String salesTax(TaxRate rate) {
            return switch (rate) {
                case STANDARD_10 -> "課税売上 10%";
                case REDUCED_8 -> "課税売上 (軽)8%";
                case NONE -> "非課税売上";
            };
        }
    };

    /** 税区分 of accounts outside consumption tax (cash, receivables). */
    public static final String OUT_OF_SCOPE = "対象外";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final List<String> header;

    EntryFormat(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** The header row, as the product's template names the columns. */
    public List<String> header() {
        return header;
    }

    abstract List<String> cells(EntryLine line);

    /** The product's name of the 税区分 of sales at {@code rate}. */
    public abstract String salesTax(TaxRate rate);

    /** The file's bytes: the header row, then one row per line. */
    public byte[] write(List<EntryLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        lines.forEach(l -> rows.add(cells(l)));
        try {
            String text = CSV.writer(CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n").build())
                    .writeValueAsString(rows);
            return encode(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + name().toLowerCase(Locale.ROOT) + " file", e);
        }
    }

    private static byte[] encode(String text) {
        CharsetEncoder encoder = SHIFT_JIS.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacement never fails", e);
        }
    }

    private static String yen(long yen) {
        return Long.toString(yen);
    }
}
