package dev.kaikei.app.crash;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.CheckoutEnd;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link CrashRecoveryTest}: opens the app (start-up reconciler included) on the given config and
 * runs checkouts on a few threads forever, abandoning some, printing one line per step so the test can kill it at
 * random moments of real progress.
 */
public final class CheckoutLoop {

    private static final int WORKERS = 3;

    private CheckoutLoop() {
    }

    public static void main(String[] args) {
        Path config = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        AppContext context = AppContext.open(TestPayPay.load(config.getParent(), config), TestPayPay.fastOptions());
        System.out.println("READY");
        for (int i = 0; i < WORKERS; i++) {
            Random random = new Random(seed * 31 + i);
            Thread t = new Thread(() -> loop(context, random), "checkout-loop-" + i);
            t.start();
        }
    }

    private static void loop(AppContext context, Random random) {
        try {
            while (true) {
                Checkout c = context.engine().start(new ChargeRequest(100 + random.nextInt(5000), "crash", false));
                System.out.println("START " + c.merchantPaymentId());
                CountDownLatch shown = new CountDownLatch(1);
                try (AutoCloseable ignored = c.subscribe(s -> {
                    if (s.phase() != CheckoutPhase.CREATING) {
                        shown.countDown();
                    }
                })) {
                    shown.await(10, TimeUnit.SECONDS);
                }
                System.out.println("QR " + c.merchantPaymentId());
                if (random.nextInt(5) == 0) {
                    c.abandon();
                }
                System.out.println("END " + c.merchantPaymentId() + " "
                        + CheckoutEnd.await(c, Duration.ofSeconds(30)).phase());
            }
        } catch (Exception e) {
            System.out.println("ERROR " + e);
        }
    }
}
