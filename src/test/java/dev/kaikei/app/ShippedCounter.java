package dev.kaikei.app;

import dev.kaikei.config.Settings;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.ui.DesktopApp;
import dev.kaikei.ui.EarlyWindow;
import dev.kaikei.ui.MainWindow;
import dev.kaikei.ui.ShippedWindow;
import dev.kaikei.ui.common.AppExecutors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Test support: the app as a shop runs it in training mode, composed by the real root — {@link AppContext#open} (the
 * embedded simulator over loopback HTTP, the SQLite journal, the engine, sales, receipts, till, cash, backups, the
 * reconciler) and {@link CashierApp#uiServices} — in the window {@link DesktopApp} opens (shown early, once the journal
 * is held, then given its screens), the background work started after their first frame. Only the engine's poll interval is set (the benchmark's knob); everything else is as
 * configured by a config file with no PayPay keys.
 */
public final class ShippedCounter implements AutoCloseable {

    private final AppContext context;
    private final AppExecutors background;
    private final MainWindow window;
    /** A directory of its own, deleted on close (the benchmarks'); null in a test's directory. */
    private Path ownDirectory;

    private ShippedCounter(AppContext context, EarlyWindow early, Path config) {
        this.context = context;
        // DesktopApp's two UI background threads.
        this.background = new AppExecutors(2);
        this.window = ShippedWindow.open(early, CashierApp.uiServices(context, config), background,
                context::startBackgroundWork);
    }

    /**
     * Opens the app in {@code dir} (config, journal, backups) with the engine polling an open code every
     * {@code poll}; {@code extraConfig} lines are appended to the config file (e.g. {@code sound.enabled=false}).
     */
    public static ShippedCounter open(Path dir, Duration poll, String extraConfig) {
        Path config = dir.resolve("kaikei.properties");
        write(config, "store.name=Café Kaikei\nterminal.id=T1\njournal.path="
                + dir.resolve("journal.sqlite").toString().replace("\\", "\\\\") + "\n" + extraConfig);
        Settings settings = TestPayPay.load(dir, config);
        if (!toolkitRunning()) {
            // As the app starts it (with its texture settings). Not when a test has started it already: asking again
            // would switch on the implicit exit of an idle toolkit (ToolkitStart), which ends it at once.
            DesktopApp.startToolkit().join();
        }
        Platform.setImplicitExit(false);
        AppOptions options = AppOptions.defaults().withEngineTuning(s -> s.withPollInterval(poll))
                .withBackgroundWorkLater();
        // As CashierApp.run: the window shows once this process holds the journal, while the rest opens.
        AtomicReference<EarlyWindow> early = new AtomicReference<>();
        AppContext context = AppContext.open(settings, options, () -> early.set(ShippedWindow.showEarly(
                settings.storeName(), settings.locale(), settings.counter())));
        return new ShippedCounter(context, early.get(), config);
    }

    /** {@link #open} in a temporary directory of its own, deleted (journal and all) on close. */
    public static ShippedCounter openInTempDirectory(Duration poll) throws IOException {
        Path dir = Files.createTempDirectory("kaikei-bench");
        ShippedCounter app = open(dir, poll, "");
        app.ownDirectory = dir;
        return app;
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    public MainWindow window() {
        return window;
    }

    /** The embedded simulator, where the customer pays. */
    public PayPaySimulator simulator() {
        return context.simulator().orElseThrow();
    }

    /** Keys {@code yen} on the keypad, as touches would (FX thread). */
    public void keyAmount(long yen) {
        for (char c : Long.toString(yen).toCharArray()) {
            press("#key-" + c);
        }
    }

    /** Presses a button as a touch would: the same code path as a click (FX thread). */
    public void press(String id) {
        ((Button) window.scene().lookup(id)).fire();
    }

    /** The URL in the QR code of the running checkout (any thread but the FX thread). */
    public String shownCode() {
        return onFx(() -> window.checkout().orElseThrow().getQrUrl());
    }

    /** The customer scans {@code url} and pays, at the simulator. */
    public void pay(String url) {
        simulator().payCode(url.substring(url.lastIndexOf('/') + 1));
    }

    /**
     * After Paid: the cashier declines the receipt if asked ({@code printer.autoPrint=ask}, the default), and the
     * keypad returns at once — what the auto-return timer does after its pause, brought forward (FX thread).
     *
     * @throws IllegalStateException if the keypad did not return
     */
    public void returnToKeypad() {
        Node none = window.scene().lookup("#receipt-none-button");
        if (none != null && none.isVisible()) {
            ((Button) none).fire();
        }
        window.checkout().orElseThrow().finish();
        if (window.checkout().isPresent()) {
            throw new IllegalStateException("the keypad did not return after a paid checkout");
        }
    }

    /** Runs {@code call} on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        onFx(() -> {
            window.close();
            window.stage().close();
            return null;
        });
        background.close();
        context.close();
        if (ownDirectory != null) {
            try (Stream<Path> paths = Files.walk(ownDirectory)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
