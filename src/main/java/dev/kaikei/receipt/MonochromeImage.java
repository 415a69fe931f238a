package dev.kaikei.receipt;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A one-bit picture for a receipt printer (the store's logo): rows of bytes, most significant bit leftmost, 1 = black.
 * Loaded from a PNG or JPEG, scaled down to fit the paper and thresholded at mid grey.
 */
public record MonochromeImage(int widthBytes, int height, byte[] bits) {

    public MonochromeImage {
        if (widthBytes < 1 || height < 1 || bits.length != widthBytes * height) {
            throw new IllegalArgumentException("an image of " + widthBytes + " × " + height + " bytes needs "
                    + widthBytes * height + " bytes of bits, not " + bits.length);
        }
    }

    /**
     * Reads a logo file.
     *
     * @param maxDots the paper's printable width; a wider picture is scaled down to it
     * @throws IOException if the file cannot be read or is not a picture
     */
    public static MonochromeImage load(Path file, int maxDots) throws IOException {
        BufferedImage source = ImageIO.read(file.toFile());
        if (source == null) {
            throw new IOException(file + " is not a PNG, JPEG, GIF or BMP picture");
        }
        return of(source, maxDots);
    }

    static MonochromeImage of(BufferedImage source, int maxDots) {
        int width = Math.min(source.getWidth(), maxDots);
        int height = Math.max(1, (int) Math.round(source.getHeight() * (double) width / source.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        int widthBytes = (width + 7) / 8;
        byte[] bits = new byte[widthBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = scaled.getRGB(x, y);
                int alpha = argb >>> 24;
                int luminance = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF))
                        / 1000;
                // Transparent counts as paper (white).
                if (alpha >= 128 && luminance < 128) {
                    bits[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonochromeImage(widthBytes, height, bits);
    }
}
