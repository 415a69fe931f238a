package dev.kaikei.ui;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.ui.common.Messages;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The cashier window before its screens: shown, with its title, size and place, as soon as the toolkit is up, while
 * the journal and the engine open beside it. {@link MainWindow} then takes the same stage and scene over and puts the
 * Charge screen in it. The cashier sees the app open at once instead of after everything else; nothing in it can be
 * used yet, so it cannot be closed either (a kiosk's window is undecorated and full screen from the first frame).
 */
public final class EarlyWindow {

    private final CompletableFuture<Stage> stage;

    private EarlyWindow(CompletableFuture<Stage> stage) {
        this.stage = stage;
    }

    /** Completes with the shown stage; fails as the toolkit's start failed. */
    CompletableFuture<Stage> stage() {
        return stage;
    }

    /** Closes the window again: the app could not open after all (the caller reports why). */
    public void close() {
        stage.thenAccept(shown -> Platform.runLater(shown::hide));
    }

    /**
     * Shows the window once the toolkit is up (on the FX thread).
     *
     * @param toolkit completes when the toolkit is up ({@link ToolkitStart#begin})
     */
    static EarlyWindow show(CompletableFuture<Void> toolkit, String storeName, Locale locale, CounterOptions counter) {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        toolkit.whenComplete((up, failed) -> {
            if (failed != null) {
                shown.completeExceptionally(failed);
                return;
            }
            Platform.runLater(() -> {
                try {
                    shown.complete(open(ShellModel.title(new Messages(locale), storeName), counter));
                } catch (RuntimeException | Error e) {
                    shown.completeExceptionally(e);
                }
            });
        });
        return new EarlyWindow(shown);
    }

    private static Stage open(String title, CounterOptions counter) {
        WindowPlacement placement = MainWindow.placement(counter.window(), counter.kiosk());
        Stage stage = new Stage();
        if (counter.kiosk()) {
            MainWindow.kioskStyle(stage);
        }
        stage.setTitle(title);
        StackPane empty = new StackPane();
        stage.setScene(new Scene(empty, placement.bounds().getWidth(), placement.bounds().getHeight()));
        MainWindow.place(stage, placement);
        // Until MainWindow puts its screens in (a fraction of a second) there is nothing to close, and closing would
        // end the toolkit under the app that is opening.
        stage.setOnCloseRequest(event -> {
            if (stage.getScene().getRoot() == empty) {
                event.consume();
            }
        });
        stage.show();
        if (placement.fullScreen()) {
            stage.setFullScreen(true);
        }
        StartupProbe.windowShown();
        return stage;
    }
}
