package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.ui.testing.Fx;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

@DisplayName("WindowIdentity: the icon and window class a desktop shows for Kaikei")
class WindowIdentityTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    @DisplayName("the icon is in the jar in 32, 64 and 256 px and reads without error (the pom copies it from"
            + " assets/icon)")
    void iconsRead() {
        List<Image> icons = WindowIdentity.icons();

        assertThat(icons).allSatisfy(icon -> assertThat(icon.isError()).as("read error").isFalse());
        assertThat(icons).extracting(Image::getWidth).containsExactly(32.0, 64.0, 256.0);
        assertThat(icons).extracting(Image::getHeight).containsExactly(32.0, 64.0, 256.0);
    }

    @Test
    @DisplayName("every window given the icon carries all its sizes")
    void windowsGetTheIcon() {
        List<Stage> windows = Fx.fx(() -> {
            List<Stage> made = List.of(new Stage(), new Stage());
            WindowIdentity.giveIcon(made.stream());
            return made;
        });

        assertThat(windows).allSatisfy(stage -> assertThat(stage.getIcons()).hasSize(3));
    }

    // The window class is checked on a real X window by packaging/linux/check-screens.sh (xprop): here TestFX has
    // already named the toolkit after its own Application class, and JavaFX renames only its default "java".
}
