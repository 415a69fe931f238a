package dev.kaikei.ui;

import dev.kaikei.config.Settings;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and opens the cashier window. Uses {@link Platform#startup} rather than
 * {@code Application.launch} so the window can be built with constructor injection.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private DesktopApp() {
    }

    /** Opens the app and blocks until its last window closes; returns the process exit code. */
    public static int run(Settings settings) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Kaikei — " + settings.storeName());
            stage.setScene(new Scene(new StackPane(new Label("Kaikei (" + settings.mode() + ")")), 800, 600));
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
        });
        LOG.info("Kaikei started in {} mode", settings.mode());
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }
}
