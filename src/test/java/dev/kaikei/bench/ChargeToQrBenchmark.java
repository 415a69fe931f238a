package dev.kaikei.bench;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.app.CheckoutEnd;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time from {@code engine.start(charge)} to QR data ready (AWAITING_PAYMENT with a QR url) through the real composition
 * root (AppContext in SIMULATOR mode: embedded simulator on loopback HTTP, SQLite journal with synchronous=FULL): the
 * journal insert, the signed create-QR call and the journal update. Each checkout is then abandoned and allowed to finish
 * (not timed) so runs do not overlap.
 * Run: {@code mvn -o -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath dev.kaikei.bench.ChargeToQrBenchmark [measured [warmup]]"} (defaults 1000 and 300).
 */
public final class ChargeToQrBenchmark {

    private ChargeToQrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("kaikei-bench");
        Path config = TestPayPay.simulatorConfig(dir, dir.resolve("journal.sqlite"));
        try (AppContext ctx = AppContext.open(TestPayPay.load(dir, config), AppOptions.defaults())) {
            for (int i = 0; i < warmup; i++) {
                once(ctx, i);
            }
            long[] nanos = new long[measured];
            for (int i = 0; i < measured; i++) {
                nanos[i] = once(ctx, warmup + i);
            }
            Arrays.sort(nanos);
            System.out.printf("charge -> QR ready, %d checkouts after %d warm-up: median %.2f ms, p90 %.2f ms,"
                            + " p99 %.2f ms, max %.2f ms%n", measured, warmup, ms(nanos, 0.50), ms(nanos, 0.90),
                    ms(nanos, 0.99), nanos[measured - 1] / 1e6);
        }
    }

    private static long once(AppContext ctx, int i) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        long start = System.nanoTime();
        Checkout c = ctx.engine().start(new ChargeRequest(100 + i % 5000, "bench", false));
        try (AutoCloseable ignored = c.subscribe(s -> {
            if (s.phase() == CheckoutPhase.AWAITING_PAYMENT && s.qrUrl().isPresent() || s.phase().isFinished()) {
                ready.countDown();
            }
        })) {
            if (!ready.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no QR after 10 s: " + c.status());
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long elapsed = System.nanoTime() - start;
        if (c.status().phase() != CheckoutPhase.AWAITING_PAYMENT) {
            throw new IllegalStateException("checkout ended without a QR: " + c.status());
        }
        c.abandon();
        CheckoutEnd.await(c, Duration.ofSeconds(10));
        return elapsed;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
