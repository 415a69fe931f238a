package dev.kaikei.ui.common;

import com.google.zxing.common.BitMatrix;
import javafx.scene.image.WritableImage;

/**
 * The one image a place on screen (the customer view of the cashier window, the customer display, the link card)
 * shows its QR codes in, one code after another: each new code of the same pixel size is drawn over the previous one
 * in the same image, so the renderer keeps one texture and updates it in place. A new image per checkout would leave
 * the old ones' textures behind in the graphics pipeline's pool (in the Java heap with software rendering) until the
 * pool's cap: memory that grows with the checkouts made. A new image is made only when the size changes (the window
 * was resized, or a longer text needs more modules). FX thread only; every view showing codes from one surface shows
 * the latest.
 */
public final class QrSurface {

    private final QrRenderer renderer;
    private WritableImage image;

    public QrSurface(QrRenderer renderer) {
        this.renderer = renderer;
    }

    /** {@code content} drawn as large as fits {@code sizePx} square: into the surface's image when the size is the same. */
    public WritableImage draw(String content, int sizePx) {
        BitMatrix matrix = renderer.encode(content);
        int side = QrRenderer.side(matrix.getWidth(), sizePx);
        if (image == null || image.getWidth() != side) {
            image = new WritableImage(side, side);
        }
        renderer.drawInto(matrix, image);
        return image;
    }
}
