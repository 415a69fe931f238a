package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.ui.testing.Fx;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

@DisplayName("FirstFrame: start-up work after the window's first frame")
class FirstFrameTest {

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    @DisplayName("waits for the window to show, then runs once on the FX thread")
    void runsAfterTheWindowIsDrawn() {
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean onFxThread = new AtomicBoolean();
        Scene scene = Fx.fx(() -> {
            stage = new Stage();
            Scene s = new Scene(new Label("first frame"), 200, 100);
            stage.setScene(s);
            FirstFrame.then(s, () -> {
                onFxThread.set(javafx.application.Platform.isFxApplicationThread());
                ran.set(true);
            });
            return s;
        });
        // Pulses go on without the window: the action waits for it.
        Fx.fx(() -> {
            javafx.application.Platform.requestNextPulse();
            return null;
        });
        assertThat(ran).isFalse();

        Fx.fx(() -> {
            stage.show();
            return null;
        });

        await().untilTrue(ran);
        assertThat(onFxThread).isTrue();
        assertThat(scene.getWindow().isShowing()).isTrue();
    }
}
