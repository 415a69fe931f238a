package dev.kaikei.ui.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws a QR code as a crisp image: every module is a whole number of pixels (the largest that fits) with a white
 * quiet zone of {@value #QUIET_ZONE_MODULES} modules. Safe to call on a background thread: it only builds an image
 * that no scene shows yet.
 */
public final class QrRenderer {

    public static final int QUIET_ZONE_MODULES = 4;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    /** The code's modules at their natural count, without quiet zone, error correction M. */
    public BitMatrix encode(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    /** Pixels per module for a code of {@code modules} modules (quiet zone added) in a square of {@code sizePx}. */
    public static int moduleSize(int modules, int sizePx) {
        return Math.max(1, sizePx / (modules + 2 * QUIET_ZONE_MODULES));
    }

    /** The code as an image of at most {@code sizePx} square (never smaller than one pixel per module). */
    public WritableImage render(String content, int sizePx) {
        return draw(encode(content), sizePx);
    }

    /** Draws an encoded matrix; see {@link #render}. */
    public WritableImage draw(BitMatrix matrix, int sizePx) {
        int modules = matrix.getWidth();
        int scale = moduleSize(modules, sizePx);
        int side = (modules + 2 * QUIET_ZONE_MODULES) * scale;
        int[] argb = new int[side * side];
        Arrays.fill(argb, WHITE);
        int offset = QUIET_ZONE_MODULES * scale;
        for (int my = 0; my < modules; my++) {
            for (int mx = 0; mx < modules; mx++) {
                if (matrix.get(mx, my)) {
                    fillBlock(argb, side, offset + mx * scale, offset + my * scale, scale);
                }
            }
        }
        WritableImage image = new WritableImage(side, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(argb), side);
        return image;
    }

    private static void fillBlock(int[] argb, int side, int x0, int y0, int scale) {
        for (int y = y0; y < y0 + scale; y++) {
            Arrays.fill(argb, y * side + x0, y * side + x0 + scale, BLACK);
        }
    }
}
