package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.ui.testing.ImageDecoding;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** One image per place on screen: each code drawn over the last, exactly as a fresh image of it would be. */
class QrSurfaceTest {

    private static final String FIRST = "https://qr.paypay.ne.jp/28180104vLMVy9pt8ADgtGPP";
    private static final String SECOND = "https://qr.paypay.ne.jp/28180104Zq3Wx7Kp1MNbRtYu";
    private final QrRenderer renderer = new QrRenderer();
    private final QrSurface surface = new QrSurface(renderer);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsTheNextCodeOverTheLastInTheSameImageWithNothingLeftOfIt() {
        WritableImage first = surface.draw(FIRST, 400);
        assertThat(ImageDecoding.decodeQr(first)).isEqualTo(FIRST);

        WritableImage second = surface.draw(SECOND, 400);

        assertThat(second).isSameAs(first);
        assertThat(ImageDecoding.argb(second)).as("pixel for pixel a fresh image of the second code")
                .isEqualTo(ImageDecoding.argb(renderer.render(SECOND, 400)));
        assertThat(ImageDecoding.decodeQr(second)).isEqualTo(SECOND);
    }

    @Test
    void aNewSizeGetsANewImage() {
        WritableImage large = surface.draw(FIRST, 400);
        WritableImage small = surface.draw(FIRST, 200);

        assertThat(small).isNotSameAs(large);
        assertThat(small.getWidth()).isLessThanOrEqualTo(200).isEqualTo(renderer.render(FIRST, 200).getWidth());
        assertThat(surface.draw(SECOND, 200)).as("and keeps it for the next code of that size").isSameAs(small);
    }

    @Test
    void anImageOfAnotherSideIsRefused() {
        assertThatThrownBy(() -> renderer.drawInto(renderer.encode(FIRST), new WritableImage(401, 401)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("401x401");
    }
}
