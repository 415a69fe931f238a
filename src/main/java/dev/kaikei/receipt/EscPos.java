package dev.kaikei.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ESC/POS commands Kaikei sends, as a small byte builder. Kanji use Shift_JIS kanji mode ({@code FS C 1},
 * {@code FS &}), which Epson's Japanese TM models and Star printers in ESC/POS mode understand.
 */
final class EscPos {

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte FS = 0x1C;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    static final byte LF = 0x0A;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);

    /** ESC @: reset modes; then Japanese characters (0x5C prints ¥), and Shift_JIS kanji mode on. */
    EscPos initialize() {
        return bytes(ESC, '@').bytes(ESC, 'R', 8).bytes(ESC, 't', 1).bytes(FS, 'C', 1).bytes(FS, '&');
    }

    /** ESC a n: 0 left, 1 centre, 2 right. */
    EscPos align(ReceiptDocument.Align align) {
        return bytes(ESC, 'a', align.ordinal());
    }

    /** ESC E (bold), GS ! (ANK size) and FS ! (kanji size) for a style. */
    EscPos style(ReceiptDocument.Style style) {
        boolean large = style == ReceiptDocument.Style.LARGE;
        boolean bold = style != ReceiptDocument.Style.NORMAL;
        return bytes(ESC, 'E', bold ? 1 : 0).bytes(GS, '!', large ? 0x11 : 0x00).bytes(FS, '!', large ? 0x0C : 0x00);
    }

    EscPos text(String text) {
        byte[] b = ShiftJis.encode(text);
        out.write(b, 0, b.length);
        return this;
    }

    EscPos newline() {
        return bytes(LF);
    }

    /**
     * A QR code (GS ( k, model 2, error correction M): size the module in dots, store the data (function 180), print
     * it (function 181).
     */
    EscPos qr(String data, int moduleDots) {
        byte[] d = data.getBytes(StandardCharsets.US_ASCII);
        bytes(GS, '(', 'k', 4, 0, 49, 65, 50, 0);               // fn 165: model 2
        bytes(GS, '(', 'k', 3, 0, 49, 67, moduleDots);          // fn 167: module size
        bytes(GS, '(', 'k', 3, 0, 49, 69, 49);                  // fn 169: error correction M
        int length = d.length + 3;
        bytes(GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48); // fn 180: store
        out.write(d, 0, d.length);
        return bytes(GS, '(', 'k', 3, 0, 49, 81, 48);           // fn 181: print
    }

    /** GS v 0: a raster image, one bit a dot, rows of {@code widthBytes} bytes. */
    EscPos raster(MonochromeImage image) {
        int w = image.widthBytes();
        int h = image.height();
        bytes(GS, 'v', '0', 0, w & 0xFF, w >> 8, h & 0xFF, h >> 8);
        byte[] bits = image.bits();
        out.write(bits, 0, bits.length);
        return this;
    }

    /** GS V 66 n: feed to the cutter and cut, leaving a hinge (partial cut). */
    EscPos cut() {
        return bytes(GS, 'V', 66, 0);
    }

    /** ESC p 0 t1 t2: a pulse on drawer pin 2, 50 ms on, 500 ms off. */
    EscPos drawerPulse() {
        return bytes(ESC, 'p', 0, 25, 250);
    }

    private EscPos bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
