package dev.kaikei.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Map;

/**
 * Text for a Japanese receipt printer in Shift_JIS kanji mode (JIS X 0208), with a fallback for what it cannot print:
 * a compatibility form (①→1, ㈱→(株)), a common variant (髙→高, 﨑→崎, 麵→麺), else 〓 (the geta mark printers and
 * newspapers use for a missing glyph). A character's width on paper is its byte count: one byte prints 12 dots
 * wide (a column), two bytes 24 dots (two columns), so the same count lays out plain text.
 */
final class ShiftJis {

    static final Charset CHARSET = Charset.forName("Shift_JIS");
    /** 〓 GETA MARK. */
    static final String MISSING = "\u3013";

    /**
     * Characters whose Shift_JIS byte prints as something else under the Japanese character set (0x5C is ¥, 0x7E is
     * an overline), or that Windows IMEs type outside JIS X 0208.
     */
    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry((int) '\\', "＼"), Map.entry((int) '~', "〜"), Map.entry(0xFF5E, "〜"),
            Map.entry(0x9AD9, "高"), Map.entry(0xFA11, "崎"), Map.entry(0x9EB5, "麺"), Map.entry(0x20BB7, "吉"),
            Map.entry(0x5FB7, "徳"), Map.entry(0x9DD7, "鴎"), Map.entry(0x7E6B, "繋"), Map.entry(0x2015, "\u2014"),
            Map.entry(0x00A0, " "), Map.entry(0x2022, "・"));

    private ShiftJis() {
    }

    /** The text in Shift_JIS, every character the printer cannot print replaced. */
    static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        text.codePoints().forEach(cp -> {
            byte[] b = encodeOne(encoder, cp);
            out.write(b, 0, b.length);
        });
        return out.toByteArray();
    }

    /**
     * The text as the printer prints it (replacements applied). Under the Japanese character set byte 0x5C prints as
     * ¥ (a backslash was already replaced by ＼, so 0x5C only ever comes from ¥).
     */
    static String printable(String text) {
        return decode(encode(text));
    }

    /** What a Japanese printer prints for these Shift_JIS bytes. */
    static String decode(byte[] bytes) {
        return new String(bytes, CHARSET).replace('\\', '¥');
    }

    /** Columns the text takes on paper (and in a plain-text receipt). */
    static int width(String text) {
        return encode(text).length;
    }

    private static byte[] encodeOne(CharsetEncoder encoder, int codePoint) {
        String replacement = REPLACEMENTS.get(codePoint);
        if (replacement != null) {
            byte[] b = strict(encoder, replacement);
            return b != null ? b : strict(encoder, MISSING);
        }
        String original = new String(Character.toChars(codePoint));
        byte[] b = strict(encoder, original);
        if (b != null) {
            return b;
        }
        String compatible = Normalizer.normalize(original, Normalizer.Form.NFKC);
        if (!compatible.equals(original)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            compatible.codePoints().forEach(cp -> {
                byte[] part = encodeOne(encoder, cp);
                out.write(part, 0, part.length);
            });
            return out.toByteArray();
        }
        return strict(encoder, MISSING);
    }

    private static byte[] strict(CharsetEncoder encoder, String s) {
        if (!encoder.canEncode(s)) {
            return null;
        }
        try {
            var buffer = encoder.reset().encode(CharBuffer.wrap(s));
            byte[] b = new byte[buffer.remaining()];
            buffer.get(b);
            return b;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
