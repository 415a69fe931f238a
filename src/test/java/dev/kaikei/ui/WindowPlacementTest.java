package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.WindowMode;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("WindowPlacement: the cashier window on its screen")
class WindowPlacementTest {

    private static Rectangle2D box(double x, double y, double w, double h) {
        return new Rectangle2D(x, y, w, h);
    }

    @ParameterizedTest(name = "{0}x{1} screen, work area {2}x{3}")
    @CsvSource({"1024, 600, 1024, 568", "1280, 800, 1280, 768", "960, 540, 960, 540", "853, 533, 853, 505"})
    @DisplayName("auto: a screen smaller than the comfortable size gets the window maximised over its work area")
    void smallScreensMaximised(double sw, double sh, double ww, double wh) {
        WindowPlacement p = WindowPlacement.on(box(0, 0, sw, sh), box(0, sh - wh, ww, wh), WindowMode.AUTO, false);

        assertThat(p.maximized()).isTrue();
        assertThat(p.fullScreen()).isFalse();
        assertThat(p.bounds()).isEqualTo(box(0, sh - wh, ww, wh));
    }

    @Test
    @DisplayName("auto: a large screen gets a window of the comfortable size, centred in the work area")
    void largeScreenWindow() {
        WindowPlacement p = WindowPlacement.on(box(0, 0, 1920, 1080), box(0, 0, 1920, 1040), WindowMode.AUTO, false);

        assertThat(p.maximized()).isFalse();
        assertThat(p.bounds()).isEqualTo(box(320, 120, 1280, 800));
    }

    @Test
    @DisplayName("window: shrunk to fit a small work area, never larger than the screen")
    void windowShrinks() {
        WindowPlacement p = WindowPlacement.on(box(0, 0, 1024, 600), box(0, 32, 1024, 568), WindowMode.WINDOW, false);

        assertThat(p.bounds()).isEqualTo(box(0, 32, 1024, 568));
        assertThat(p.maximized()).isFalse();
    }

    @Test
    @DisplayName("a second screen to the right: the window stays on it")
    void secondScreen() {
        WindowPlacement p = WindowPlacement.on(box(1920, 0, 1024, 768), box(1920, 0, 1024, 768), WindowMode.AUTO,
                false);

        assertThat(p.bounds().getMinX()).isEqualTo(1920);
        assertThat(p.bounds().getMaxX()).isLessThanOrEqualTo(1920 + 1024);
    }

    @ParameterizedTest
    @EnumSource(WindowMode.class)
    @DisplayName("kiosk: the whole screen (not only the work area) whatever the mode, with explicit geometry for a bare"
            + " X server")
    void kioskFillsTheScreen(WindowMode mode) {
        WindowPlacement p = WindowPlacement.on(box(0, 0, 1024, 768), box(0, 0, 1024, 740), mode, true);

        assertThat(p.fullScreen()).isTrue();
        assertThat(p.bounds()).isEqualTo(box(0, 0, 1024, 768));
    }

    @Test
    @DisplayName("full screen and maximised on request, also on a large screen")
    void explicitModes() {
        Rectangle2D screen = box(0, 0, 1920, 1080);
        Rectangle2D work = box(0, 0, 1920, 1040);

        assertThat(WindowPlacement.on(screen, work, WindowMode.FULL_SCREEN, false))
                .isEqualTo(new WindowPlacement(screen, false, true));
        assertThat(WindowPlacement.on(screen, work, WindowMode.MAXIMIZED, false))
                .isEqualTo(new WindowPlacement(work, true, false));
    }
}
