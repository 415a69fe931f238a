package dev.kaikei.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what an ESC/POS printer would do with a byte stream, for tests: the printed lines (Shift_JIS decoded
 * only while kanji mode is on, as a real printer would), QR codes stored and printed, cuts, drawer pulses and raster
 * images. Any command it does not know fails the decoding, so a stray byte cannot pass unnoticed.
 */
public final class EscPosDecoder {

    private static final Charset SJIS = Charset.forName("Shift_JIS");

    /** One printed line with the modes in force when it was printed. */
    public record Line(String text, int align, boolean bold, boolean large) {
    }

    /** Everything the printer did. */
    public record Printout(List<Line> lines, List<String> qrCodes, int cuts, int drawerPulses, int images,
                           int statusRequests, boolean japaneseCharset) {

        /** The text of each line (trailing spaces removed). */
        public List<String> text() {
            return lines.stream().map(l -> l.text().stripTrailing()).toList();
        }

        /** The receipt as a printer operator sees it: lines, and [QR ...] where a code was printed. */
        public String render() {
            return String.join("\n", text());
        }
    }

    private EscPosDecoder() {
    }

    public static Printout decode(byte[] b) {
        List<Line> lines = new ArrayList<>();
        List<String> qr = new ArrayList<>();
        String storedQr = null;
        int cuts = 0;
        int pulses = 0;
        int images = 0;
        int status = 0;
        boolean kanji = false;
        boolean sjis = false;
        boolean japan = false;
        int align = 0;
        boolean bold = false;
        boolean large = false;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x0A) {
                lines.add(new Line(decodeText(text.toByteArray(), kanji && sjis, japan), align, bold, large));
                text.reset();
                i++;
            } else if (c == 0x1B) {
                int cmd = b[i + 1] & 0xFF;
                switch (cmd) {
                    case '@' -> {
                        kanji = false;
                        align = 0;
                        bold = false;
                        large = false;
                        i += 2;
                    }
                    case 'R' -> {
                        japan = b[i + 2] == 8;
                        i += 3;
                    }
                    case 't' -> i += 3;
                    case 'a' -> {
                        align = b[i + 2];
                        i += 3;
                    }
                    case 'E' -> {
                        bold = b[i + 2] == 1;
                        i += 3;
                    }
                    case 'p' -> {
                        pulses++;
                        i += 5;
                    }
                    case 'd' -> i += 3;
                    default -> throw new IllegalArgumentException(String.format("unknown ESC %02X at %d", cmd, i));
                }
            } else if (c == 0x1C) {
                int cmd = b[i + 1] & 0xFF;
                switch (cmd) {
                    case 'C' -> {
                        sjis = b[i + 2] == 1;
                        i += 3;
                    }
                    case '&' -> {
                        kanji = true;
                        i += 2;
                    }
                    case '.' -> {
                        kanji = false;
                        i += 2;
                    }
                    case '!' -> i += 3;
                    default -> throw new IllegalArgumentException(String.format("unknown FS %02X at %d", cmd, i));
                }
            } else if (c == 0x1D) {
                int cmd = b[i + 1] & 0xFF;
                switch (cmd) {
                    case '!' -> {
                        large = (b[i + 2] & 0x11) == 0x11;
                        i += 3;
                    }
                    case 'V' -> {
                        cuts++;
                        i += (b[i + 2] & 0xFF) >= 65 ? 4 : 3;
                    }
                    case 'v' -> {
                        int w = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                        int h = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                        images++;
                        i += 8 + w * h;
                    }
                    case '(' -> {
                        if (b[i + 2] != 'k') {
                            throw new IllegalArgumentException("unknown GS ( " + (char) b[i + 2]);
                        }
                        int len = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
                        int fn = b[i + 6] & 0xFF;
                        if (fn == 80) {
                            storedQr = new String(b, i + 8, len - 3, StandardCharsets.US_ASCII);
                        } else if (fn == 81) {
                            if (storedQr == null) {
                                throw new IllegalArgumentException("QR printed before any data was stored");
                            }
                            qr.add(storedQr);
                        }
                        i += 5 + len;
                    }
                    default -> throw new IllegalArgumentException(String.format("unknown GS %02X at %d", cmd, i));
                }
            } else if (c == 0x10 && (b[i + 1] & 0xFF) == 0x04) {
                status++;
                i += 3;
            } else {
                text.write(c);
                i++;
            }
        }
        if (text.size() > 0) {
            lines.add(new Line(decodeText(text.toByteArray(), kanji && sjis, japan), align, bold, large));
        }
        return new Printout(lines, qr, cuts, pulses, images, status, japan);
    }

    /** Shift_JIS in kanji mode; otherwise one byte a character, as a printer without kanji mode prints it. */
    private static String decodeText(byte[] bytes, boolean kanjiMode, boolean japan) {
        String s = kanjiMode ? new String(bytes, SJIS) : new String(bytes, StandardCharsets.ISO_8859_1);
        return japan ? s.replace('\\', '¥') : s;
    }
}
