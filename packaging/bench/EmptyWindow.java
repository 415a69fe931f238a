import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The baseline of packaging/bench-startup.sh: the smallest JavaFX app there is (one Label in a Scene), started from
 * Kaikei's own runtime and jar, sized like Kaikei's window. It prints the same milestones as Kaikei's start-up probe:
 * {@code kaikei-startup shown} after the window is shown, {@code kaikei-startup drawn} after its first frame and
 * {@code kaikei-startup key} at the first key it takes.
 * With {@code -Dbench.exitWhenShown=true} it exits once shown (the run that records its AppCDS archive).
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Label label = new Label("Kaikei");
            Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
            double width = Double.parseDouble(System.getProperty("bench.width", "" + bounds.getWidth()));
            double height = Double.parseDouble(System.getProperty("bench.height", "" + bounds.getHeight()));
            Scene scene = new Scene(new javafx.scene.layout.StackPane(label), width, height);
            boolean[] keyed = {false};
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                e.consume();
                if (!keyed[0]) {
                    keyed[0] = true;
                    print("key");
                }
            });
            stage.setTitle("Empty window");
            stage.setScene(scene);
            stage.show();
            print("shown");
            // As Kaikei's FirstFrame: an AnimationTimer ticks once per pulse; its second tick follows the first frame.
            new AnimationTimer() {
                private int ticks;

                @Override
                public void handle(long now) {
                    if (++ticks >= 2) {
                        stop();
                        print("drawn");
                    }
                }
            }.start();
            if (Boolean.getBoolean("bench.exitWhenShown")) {
                Platform.runLater(() -> {
                    Platform.exit();
                    System.exit(0);
                });
            }
        });
    }

    private static void print(String milestone) {
        System.out.println("kaikei-startup " + milestone);
        System.out.flush();
    }
}
