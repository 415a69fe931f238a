package dev.kaikei.bench;

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
import javafx.scene.control.Button;

/**
 * Two UI figures against the embedded simulator, in one warm process: (1) Charge pressed → the QR image set on the
 * customer view (it reaches the screen on the next pulse, ≤ 16 ms later), median and p99; (2) resident memory
 * (VmRSS) and heap after a full GC, after 50 and after 500 checkouts, each paid at the simulator and journaled.
 * Run headless: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -Dsun.net.httpserver.nodelay=true -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * dev.kaikei.bench.UiChargeToQrBenchmark [checkouts]}.
 */
public final class UiChargeToQrBenchmark {

    private static final int WARM_UP = 20;

    private UiChargeToQrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        try (UiBenchStack stack = UiBenchStack.start(Duration.ofMillis(200), Duration.ZERO)) {
            long[] nanos = new long[total];
            for (int i = 0; i < total; i++) {
                nanos[i] = checkout(stack, 100 + i);
                if (i + 1 == 50 || i + 1 == total / 2 || i + 1 == total) {
                    System.out.printf(Locale.ROOT, "after %d checkouts: %s%n", i + 1, memory());
                }
            }
            long[] measured = Arrays.copyOfRange(nanos, WARM_UP, total);
            Arrays.sort(measured);
            System.out.printf(Locale.ROOT, "Charge → QR on screen over %d checkouts (after %d warm-up): median %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms%n", measured.length, WARM_UP, ms(measured[measured.length / 2]),
                    ms(measured[(int) Math.ceil(measured.length * 0.99) - 1]), ms(measured[measured.length - 1]));
        }
        System.exit(0);
    }

    /** Presses a button of the keypad as a touch would (same code path as a click). */
    private static void press(UiBenchStack stack, String id) {
        ((Button) stack.window.scene().lookup(id)).fire();
    }

    /** Keys the amount, presses Charge, waits for the QR, pays at the simulator and waits for the keypad again. */
    private static long checkout(UiBenchStack stack, long yen) throws InterruptedException {
        UiBenchStack.onFx(() -> {
            for (char c : Long.toString(yen).toCharArray()) {
                press(stack, "#key-" + c);
            }
            return null;
        });
        long start = System.nanoTime();
        UiBenchStack.onFx(() -> {
            press(stack, "#charge-button");
            return null;
        });
        String url;
        while (true) {
            Optional<String> shown = UiBenchStack.onFx(() -> stack.window.checkout()
                    .filter(c -> qrShowing(stack))
                    .map(CheckoutViewModel::getQrUrl));
            if (shown.isPresent()) {
                url = shown.get();
                break;
            }
            Thread.onSpinWait();
        }
        long elapsed = System.nanoTime() - start;
        stack.sim.payCode(url.substring(url.lastIndexOf('/') + 1));
        while (UiBenchStack.onFx(() -> stack.window.checkout().isPresent())) {
            Thread.sleep(2);
        }
        return elapsed;
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
