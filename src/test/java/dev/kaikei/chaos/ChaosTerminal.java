package dev.kaikei.chaos;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.CheckoutEnd;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One terminal of {@link Chaos}, in its own JVM with its own journal: opens the app (start-up reconciler included) and
 * runs checkouts on two threads forever — abandoning some, refunding (whole or part) or cancelling some of those paid —
 * printing a line per step so the orchestrator can kill it at random moments of real progress.
 */
public final class ChaosTerminal {

    private static final int WORKERS = 2;

    private ChaosTerminal() {
    }

    public static void main(String[] args) {
        Path config = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        AppContext context = AppContext.open(TestPayPay.load(config.getParent(), config), TestPayPay.fastOptions());
        System.out.println("READY");
        for (int i = 0; i < WORKERS; i++) {
            Random random = new Random(seed * 31 + i);
            new Thread(() -> loop(context, random), "chaos-" + i).start();
        }
    }

    private static void loop(AppContext context, Random random) {
        try {
            while (true) {
                Checkout c = context.engine().start(new ChargeRequest(100 + random.nextInt(5000), "chaos", false));
                System.out.println("START " + c.merchantPaymentId());
                CountDownLatch shown = new CountDownLatch(1);
                try (AutoCloseable ignored = c.subscribe(s -> {
                    if (s.phase() != CheckoutPhase.CREATING) {
                        shown.countDown();
                    }
                })) {
                    shown.await(20, TimeUnit.SECONDS);
                }
                if (random.nextInt(6) == 0) {
                    c.abandon();
                }
                CheckoutPhase end = CheckoutEnd.await(c, Duration.ofSeconds(40)).phase();
                System.out.println("END " + c.merchantPaymentId() + " " + end);
                if (end == CheckoutPhase.PAID) {
                    afterSale(context, c.merchantPaymentId(), random);
                }
            }
        } catch (Exception e) {
            System.out.println("ERROR " + e);
        }
    }

    /** What a cashier does to some sales: refund all or part, or cancel. */
    private static void afterSale(AppContext context, String id, Random random) {
        int roll = random.nextInt(100);
        ActionResult r;
        if (roll < 25) {
            r = context.engine().refund(id, context.history().detail(id).orElseThrow().summary().amountYen(), "chaos");
        } else if (roll < 40) {
            r = context.engine().refund(id, 1 + random.nextInt(90), "chaos part");
        } else if (roll < 50) {
            r = context.engine().cancel(id);
        } else {
            return;
        }
        System.out.println("ACTION " + id + " " + r.getClass().getSimpleName());
    }
}
