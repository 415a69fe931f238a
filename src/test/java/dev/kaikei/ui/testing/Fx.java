package dev.kaikei.ui.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers shared by the headless view tests: run on the FX thread, read and wait for nodes, take screenshots. */
public final class Fx {

    private Fx() {
    }

    /** Runs {@code call} on the FX thread and returns its result. */
    public static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    public static String text(FxRobot robot, String query) {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    public static boolean showing(FxRobot robot, String query) {
        return fx(() -> {
            Optional<Node> node = robot.lookup(query).tryQuery();
            return node.isPresent() && node.get().getScene() != null && ancestorsVisible(node.get());
        });
    }

    private static boolean ancestorsVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public static void awaitShowing(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(10)).until(() -> showing(robot, query));
    }

    public static void awaitText(FxRobot robot, String query, String expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> showing(robot, query)
                && expected.equals(text(robot, query)));
    }

    /** The part of a scene snapshot covered by the node {@code query}. */
    public static WritableImage crop(FxRobot robot, WritableImage shot, String query) {
        Bounds b = fx(() -> {
            Node node = robot.lookup(query).query();
            return node.localToScene(node.getLayoutBounds());
        });
        int x = (int) Math.max(0, b.getMinX());
        int y = (int) Math.max(0, b.getMinY());
        int w = (int) Math.min(shot.getWidth() - x, b.getWidth());
        int h = (int) Math.min(shot.getHeight() - y, b.getHeight());
        return new WritableImage(shot.getPixelReader(), x, y, w, h);
    }

    /** A snapshot of the whole scene, also saved as target/screenshots/{@code name}.png. */
    public static WritableImage screenshot(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageDecoding.savePng(image, name);
        return image;
    }
}
