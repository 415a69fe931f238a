package dev.kaikei.journal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends; a field containing comma, quote, CR or LF is quoted with quotes doubled. Every
 * field is a {@link Cell}, so each column states whether its value is text from outside (defused against formula
 * injection) or a value the app formats itself (written as it is, so spreadsheets still read numbers as numbers).
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** One field as written before RFC 4180 quoting; made by {@link #text}, {@link #number} or {@link #plain}. */
    record Cell(String value) {
    }

    /**
     * Text that people or PayPay chose (descriptions, reasons, ids, names, PayPay's statuses); null is an empty field.
     * Spreadsheets run a field starting with = + - @ (or their full-width forms) TAB or CR as a formula when the file is
     * opened, so such text gets a leading {@code '} (OWASP, "CSV Injection"), which they show as text instead.
     */
    static Cell text(String value) {
        return new Cell(defuse(value));
    }

    /** An amount or count, written as it is (a refund's minus sign included) so spreadsheets read it as a number. */
    static Cell number(long value) {
        return new Cell(Long.toString(value));
    }

    /** A value the app formats itself (an enum name, a timestamp, a header), written as it is. */
    static Cell plain(String value) {
        return new Cell(value);
    }

    void row(List<Cell> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(fields.get(i).value()));
        }
        out.write("\r\n");
    }

    static String escape(String field) {
        if (field == null) {
            return "";
        }
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Prefixes {@code '} to text a spreadsheet would take for a formula; other text (and null) is unchanged. */
    static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            // The full-width forms too: a Japanese IME types them, and Japanese Excel treats them as the ASCII ones.
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }
}
