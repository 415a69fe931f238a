package dev.kaikei.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * Draws a QR code in a terminal with Unicode half blocks: each character cell shows two modules stacked (upper half
 * = foreground colour, lower half = background colour). Colours are set explicitly with ANSI codes, black on white,
 * so the code scans on dark and light terminal themes alike; a 4-module quiet zone surrounds it.
 */
public final class TerminalQr {

    private static final int QUIET = 4;
    private static final String BLACK_FG = "30";
    private static final String WHITE_FG = "97";
    private static final String BLACK_BG = "40";
    private static final String WHITE_BG = "107";
    private static final String RESET = "\u001b[0m";

    private TerminalQr() {
    }

    /** The QR for {@code text} as terminal lines (ending with a reset so the prompt keeps its colours). */
    public static String render(String text) {
        BitMatrix m = encode(text);
        int size = m.getWidth() + 2 * QUIET;
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < size; y += 2) {
            for (int x = 0; x < size; x++) {
                boolean top = dark(m, x - QUIET, y - QUIET);
                boolean bottom = y + 1 < size && dark(m, x - QUIET, y + 1 - QUIET);
                sb.append("\u001b[").append(top ? BLACK_FG : WHITE_FG).append(';')
                        .append(bottom ? BLACK_BG : WHITE_BG).append('m').append('▀');
            }
            sb.append(RESET).append(System.lineSeparator());
        }
        return sb.toString();
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for this text: " + e.getMessage(), e);
        }
    }

    private static boolean dark(BitMatrix m, int x, int y) {
        return x >= 0 && y >= 0 && x < m.getWidth() && y < m.getHeight() && m.get(x, y);
    }
}
