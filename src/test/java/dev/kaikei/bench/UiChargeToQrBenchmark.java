package dev.kaikei.bench;

import dev.kaikei.app.ShippedCounter;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.MainWindow;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.common.QrView;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;

/**
 * Three UI figures of the app as it ships, in one warm process: the real composition root in training mode
 * ({@code AppContext.open} + {@code CashierApp.uiServices}: embedded simulator over loopback HTTP, SQLite journal, sales,
 * receipts, till, backups, reconciler) and the real main window. (1) Charge pressed → the first pulse that lays out
 * the QR on the customer view (the frame drawn right after it shows the code), median and p99; (2) the customer pays
 * (at the simulator) → "Paid" on the customer view, with the engine polling every {@code pollMillis}, against the
 * target of one poll interval + 300 ms; (3) memory after 50, half and all checkouts, each paid and journaled: the live
 * heap after a full collection that is verified to have run ({@link VerifiedGc}), resident (VmRSS) and proportional
 * (Pss) memory of the process. Flat = no leak. With {@code -Dbench.histograms=DIR} it also writes, at each of these
 * points, the live class histogram ({@code jmap -histo:live}'s, from inside) and the process's memory mappings, to
 * diff, and with {@code -XX:NativeMemoryTracking=summary} the JVM's native memory summary.
 * Run headless with the installer's JVM options ({@code packaging/args-app-image.txt}):
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -Dsun.net.httpserver.nodelay=true -Dfile.encoding=UTF-8 -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m
 * -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -cp target/test-classes:target/classes:$(cat
 * target/test-classpath.txt) dev.kaikei.bench.UiChargeToQrBenchmark [checkouts [pollMillis]]}.
 */
public final class UiChargeToQrBenchmark {

    private static final int WARM_UP = 20;

    private UiChargeToQrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long pollMillis = args.length > 1 ? Long.parseLong(args[1]) : 200;
        Optional<Path> histograms = Optional.ofNullable(System.getProperty("bench.histograms")).map(Path::of);
        System.out.println("JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        try (ShippedCounter app = ShippedCounter.openInTempDirectory(Duration.ofMillis(pollMillis))) {
            long[] nanos = new long[total];
            long[] paid = new long[total];
            for (int i = 0; i < total; i++) {
                long[] times = checkout(app, 100 + i);
                nanos[i] = times[0];
                paid[i] = times[1];
                if (i + 1 == 50 || i + 1 == total / 2 || i + 1 == total) {
                    System.out.printf(Locale.ROOT, "after %d checkouts: %s%n", i + 1, ProcessMemory.measure());
                    if (histograms.isPresent()) {
                        Files.createDirectories(histograms.get());
                        Files.writeString(histograms.get().resolve("histo-" + (i + 1) + ".txt"),
                                ProcessMemory.liveHistogram());
                        // The process's mappings, to tell the JVM's from malloc's arenas and the libraries' pages.
                        Files.copy(Path.of("/proc/self/smaps"), histograms.get().resolve("smaps-" + (i + 1) + ".txt"));
                        Optional<String> nmt = ProcessMemory.nativeMemory();
                        if (nmt.isPresent()) {
                            Files.writeString(histograms.get().resolve("native-" + (i + 1) + ".txt"), nmt.get());
                        }
                    }
                }
            }
            long[] measured = Arrays.copyOfRange(nanos, WARM_UP, total);
            Arrays.sort(measured);
            System.out.printf(Locale.ROOT, "Charge → QR on screen over %d checkouts (after %d warm-up): median %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms%n", measured.length, WARM_UP, ms(measured[measured.length / 2]),
                    ms(measured[(int) Math.ceil(measured.length * 0.99) - 1]), ms(measured[measured.length - 1]));
            long[] paidSorted = Arrays.copyOfRange(paid, WARM_UP, total);
            Arrays.sort(paidSorted);
            System.out.printf(Locale.ROOT, "customer pays → Paid on screen, polling every %d ms: median %.1f ms, p99"
                            + " %.1f ms, max %.1f ms (target: within %d ms)%n", pollMillis,
                    ms(paidSorted[paidSorted.length / 2]),
                    ms(paidSorted[(int) Math.ceil(paidSorted.length * 0.99) - 1]),
                    ms(paidSorted[paidSorted.length - 1]), pollMillis + 300);
        }
        System.exit(0);
    }

    /**
     * Keys the amount, presses Charge, waits for the QR, pays at the simulator, waits for Paid on screen, declines a
     * receipt if asked, and returns to the keypad.
     *
     * @return Charge → QR on screen and paid → Paid on screen, in nanoseconds
     */
    private static long[] checkout(ShippedCounter app, long yen) throws Exception {
        MainWindow window = app.window();
        ShippedCounter.onFx(() -> {
            app.keyAmount(yen);
            return null;
        });
        // Observed from the screen's own pulses (after CSS and layout, just before the frame is drawn), not by polling
        // the FX thread: a poll would queue work on the very thread being measured.
        CompletableFuture<Long> qrShown = new CompletableFuture<>();
        CompletableFuture<Long> paidShown = new CompletableFuture<>();
        Runnable watch = () -> {
            long now = System.nanoTime();
            Optional<CheckoutViewModel> c = window.checkout();
            if (!qrShown.isDone() && c.isPresent() && qrShowing(window)) {
                qrShown.complete(now);
            }
            if (qrShown.isDone() && !paidShown.isDone() && c.isPresent()
                    && c.get().getPhase() == CheckoutPhase.PAID && outcomeShown(window)) {
                paidShown.complete(now);
            }
        };
        long start = System.nanoTime();
        ShippedCounter.onFx(() -> {
            window.scene().addPostLayoutPulseListener(watch);
            app.press("#charge-button");
            return null;
        });
        long elapsed = qrShown.get(30, TimeUnit.SECONDS) - start;
        String url = app.shownCode();
        long paidAt = System.nanoTime();
        app.pay(url);
        long paidElapsed = paidShown.get(30, TimeUnit.SECONDS) - paidAt;
        ShippedCounter.onFx(() -> {
            window.scene().removePostLayoutPulseListener(watch);
            app.returnToKeypad();
            return null;
        });
        return new long[] {elapsed, paidElapsed};
    }

    private static boolean outcomeShown(MainWindow window) {
        Node mark = window.scene().lookup("#outcome-mark");
        return mark != null && mark.isVisible();
    }

    private static boolean qrShowing(MainWindow window) {
        QrView qr = (QrView) window.scene().lookup("#qr-view");
        return qr != null && qr.isShowingCode();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
