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
 * quiet zone of {@value #QUIET_ZONE_MODULES} modules. {@link #render} is safe on a background thread (it builds an
 * image no scene shows yet); {@link #drawInto} an image on screen belongs on the FX thread, like any change to a scene.
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

    /** The side in pixels of the image of a code of {@code modules} modules drawn into a square of {@code sizePx}. */
    public static int side(int modules, int sizePx) {
        return (modules + 2 * QUIET_ZONE_MODULES) * moduleSize(modules, sizePx);
    }

    /** The code as a new image of at most {@code sizePx} square (never smaller than one pixel per module). */
    public WritableImage render(String content, int sizePx) {
        return draw(encode(content), sizePx);
    }

    /** Draws an encoded matrix into a new image; see {@link #render}. */
    public WritableImage draw(BitMatrix matrix, int sizePx) {
        int side = side(matrix.getWidth(), sizePx);
        WritableImage image = new WritableImage(side, side);
        drawInto(matrix, image);
        return image;
    }

    /**
     * Draws an encoded matrix over the whole of {@code image}, which must be square with a side of
     * {@link #side}{@code (modules, n)} for some n: the module size is the image's side over the modules.
     *
     * @throws IllegalArgumentException if the image is not such a square
     */
    public void drawInto(BitMatrix matrix, WritableImage image) {
        int modules = matrix.getWidth();
        int total = modules + 2 * QUIET_ZONE_MODULES;
        int side = (int) image.getWidth();
        if (image.getHeight() != side || side % total != 0) {
            throw new IllegalArgumentException("a code of " + modules + " modules cannot fill an image of "
                    + (int) image.getWidth() + "x" + (int) image.getHeight());
        }
        int scale = side / total;
        // One band of the image per row of modules (a few KB), written as it is filled: no full-size pixel buffer.
        int[] band = new int[side * scale];
        for (int row = 0; row < total; row++) {
            Arrays.fill(band, WHITE);
            int my = row - QUIET_ZONE_MODULES;
            if (my >= 0 && my < modules) {
                for (int mx = 0; mx < modules; mx++) {
                    if (matrix.get(mx, my)) {
                        fillBlock(band, side, (QUIET_ZONE_MODULES + mx) * scale, scale);
                    }
                }
            }
            image.getPixelWriter().setPixels(0, row * scale, side, scale, PixelFormat.getIntArgbPreInstance(),
                    IntBuffer.wrap(band), side);
        }
    }

    private static void fillBlock(int[] band, int side, int x0, int scale) {
        for (int y = 0; y < scale; y++) {
            Arrays.fill(band, y * side + x0, y * side + x0 + scale, BLACK);
        }
    }
}
