package dev.kaikei.bench;

import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.common.QrView;
import java.io.IOException;
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
import javafx.scene.control.Button;

/**
 * Three UI figures against the embedded simulator, in one warm process: (1) Charge pressed → the first pulse that
 * lays out the QR on the customer view (the frame drawn right after it shows the code), median and p99; (2) the customer pays (at
 * the simulator) → "Paid" on the customer view, with the engine polling every {@code pollMillis}, against the target
 * of one poll interval + 300 ms; (3) resident memory (VmRSS) and heap after a full GC, after 50, half and all
 * checkouts, each paid at the simulator and journaled (flat = no leak).
 * Run headless: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -Dsun.net.httpserver.nodelay=true -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * dev.kaikei.bench.UiChargeToQrBenchmark [checkouts [pollMillis]]} (add the installer's JVM options, e.g.
 * {@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1}, to measure what ships).
 */
public final class UiChargeToQrBenchmark {

    private static final int WARM_UP = 20;

    private UiChargeToQrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long pollMillis = args.length > 1 ? Long.parseLong(args[1]) : 200;
        try (UiBenchStack stack = UiBenchStack.start(Duration.ofMillis(pollMillis), Duration.ZERO)) {
            long[] nanos = new long[total];
            long[] paid = new long[total];
            for (int i = 0; i < total; i++) {
                long[] times = checkout(stack, 100 + i);
                nanos[i] = times[0];
                paid[i] = times[1];
                if (i + 1 == 50 || i + 1 == total / 2 || i + 1 == total) {
                    System.out.printf(Locale.ROOT, "after %d checkouts: %s%n", i + 1, memory());
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

    /** Presses a button of the keypad as a touch would (same code path as a click). */
    private static void press(UiBenchStack stack, String id) {
        ((Button) stack.window.scene().lookup(id)).fire();
    }

    /**
     * Keys the amount, presses Charge, waits for the QR, pays at the simulator, waits for Paid on screen and for the
     * keypad again.
     *
     * @return Charge → QR on screen and paid → Paid on screen, in nanoseconds
     */
    private static long[] checkout(UiBenchStack stack, long yen) throws Exception {
        UiBenchStack.onFx(() -> {
            for (char c : Long.toString(yen).toCharArray()) {
                press(stack, "#key-" + c);
            }
            return null;
        });
        // Observed from the screen's own pulses (after CSS and layout, just before the frame is drawn), not by polling
        // the FX thread: a poll would queue work on the very thread being measured.
        CompletableFuture<Long> qrShown = new CompletableFuture<>();
        CompletableFuture<Long> paidShown = new CompletableFuture<>();
        Runnable watch = () -> {
            long now = System.nanoTime();
            Optional<CheckoutViewModel> c = stack.window.checkout();
            if (!qrShown.isDone() && c.isPresent() && qrShowing(stack)) {
                qrShown.complete(now);
            }
            // (With no auto-return delay the keypad may already be back: then Paid was shown and gone, an upper bound.)
            if (qrShown.isDone() && !paidShown.isDone() && c.map(vm -> vm.getPhase() == CheckoutPhase.PAID
                    && outcomeShown(stack)).orElse(true)) {
                paidShown.complete(now);
            }
        };
        long start = System.nanoTime();
        UiBenchStack.onFx(() -> {
            stack.window.scene().addPostLayoutPulseListener(watch);
            press(stack, "#charge-button");
            return null;
        });
        long elapsed = qrShown.get(30, TimeUnit.SECONDS) - start;
        String url = UiBenchStack.onFx(() -> stack.window.checkout().orElseThrow().getQrUrl());
        long paidAt = System.nanoTime();
        stack.sim.payCode(url.substring(url.lastIndexOf('/') + 1));
        long paidElapsed = paidShown.get(30, TimeUnit.SECONDS) - paidAt;
        UiBenchStack.onFx(() -> {
            stack.window.scene().removePostLayoutPulseListener(watch);
            return null;
        });
        while (UiBenchStack.onFx(() -> stack.window.checkout().isPresent())) {
            Thread.sleep(2);
        }
        return new long[] {elapsed, paidElapsed};
    }

    private static boolean outcomeShown(UiBenchStack stack) {
        Node mark = stack.window.scene().lookup("#outcome-mark");
        return mark != null && mark.isVisible();
    }

    private static boolean qrShowing(UiBenchStack stack) {
        QrView qr = (QrView) stack.window.scene().lookup("#qr-view");
        return qr != null && qr.isShowingCode();
    }

    private static String memory() throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        return String.format(Locale.ROOT, "%s, heap used after GC %.1f MB (committed %.1f MB)", rss, heap / 1048576.0,
                committed / 1048576.0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
