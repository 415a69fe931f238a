package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import dev.kaikei.ui.testing.ImageDecoding;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/** The QR image: decodable, whole-pixel modules, a white quiet zone of at least four modules. */
class QrRendererTest {

    private static final String URL = "https://qr.paypay.ne.jp/28180104vLMVy9pt8ADgtGPP";
    private final QrRenderer renderer = new QrRenderer();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void decodesBackToTheUrl() {
        WritableImage image = renderer.render(URL, 400);
        assertThat(ImageDecoding.decodeQr(image)).isEqualTo(URL);
        ImageDecoding.savePng(image, "qr-renderer-400");
    }

    @ParameterizedTest(name = "target {0} px")
    @ValueSource(ints = {100, 237, 400, 533, 1080})
    void everyModuleIsAUniformBlockOfWholePixels(int target) {
        BitMatrix matrix = renderer.encode(URL);
        int modules = matrix.getWidth();
        WritableImage image = renderer.draw(matrix, target);
        int side = (int) image.getWidth();
        int total = modules + 2 * QrRenderer.QUIET_ZONE_MODULES;
        assertThat(side % total).as("image side is a whole number of modules").isZero();
        int scale = side / total;
        assertThat(scale).isEqualTo(Math.max(1, target / total));
        assertThat(side).isLessThanOrEqualTo(Math.max(target, total));
        if (target >= total * 2) {
            assertThat(side + total).as("largest integer module that fits").isGreaterThan(target);
        }
        PixelReader px = image.getPixelReader();
        for (int my = 0; my < total; my++) {
            for (int mx = 0; mx < total; mx++) {
                boolean inCode = mx >= 4 && my >= 4 && mx < 4 + modules && my < 4 + modules;
                int expected = inCode && matrix.get(mx - 4, my - 4) ? 0xFF000000 : 0xFFFFFFFF;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        int argb = px.getArgb(mx * scale + dx, my * scale + dy);
                        if (argb != expected) {
                            throw new AssertionError("module (" + mx + "," + my + ") pixel (" + dx + "," + dy
                                    + ") is " + Integer.toHexString(argb) + ", expected "
                                    + Integer.toHexString(expected));
                        }
                    }
                }
            }
        }
    }

    @Test
    void quietZoneIsAtLeastFourWhiteModules() {
        WritableImage image = renderer.render(URL, 300);
        int total = renderer.encode(URL).getWidth() + 8;
        int scale = (int) image.getWidth() / total;
        int border = 4 * scale;
        PixelReader px = image.getPixelReader();
        int side = (int) image.getWidth();
        for (int i = 0; i < side; i++) {
            for (int d = 0; d < border; d++) {
                assertThat(px.getArgb(i, d)).isEqualTo(0xFFFFFFFF);
                assertThat(px.getArgb(d, i)).isEqualTo(0xFFFFFFFF);
                assertThat(px.getArgb(i, side - 1 - d)).isEqualTo(0xFFFFFFFF);
                assertThat(px.getArgb(side - 1 - d, i)).isEqualTo(0xFFFFFFFF);
            }
        }
        // The finder pattern starts right after the quiet zone.
        assertThat(px.getArgb(border, border)).isEqualTo(0xFF000000);
    }

    @Test
    void errorCorrectionM() {
        Result result = ImageDecoding.decodeQrResult(renderer.render(URL, 300));
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
        // 48 bytes at level M need version 4: 33 modules, drawn without a margin of ZXing's own.
        assertThat(renderer.encode(URL).getWidth()).isEqualTo(33);
    }
}
