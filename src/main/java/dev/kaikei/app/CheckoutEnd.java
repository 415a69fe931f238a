package dev.kaikei.app;

import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutStatus;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits for a checkout to reach a finished phase, woken by the checkout's own status events (no polling). */
public final class CheckoutEnd {

    private CheckoutEnd() {
    }

    /**
     * Blocks until {@code checkout} is finished or {@code timeout} passes.
     *
     * @return the latest status (finished unless the timeout passed)
     */
    public static CheckoutStatus await(Checkout checkout, Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        try (AutoCloseable ignored = checkout.subscribe(s -> {
            if (s.phase().isFinished()) {
                done.countDown();
            }
        })) {
            if (!checkout.status().phase().isFinished()) {
                done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot unsubscribe from checkout " + checkout.merchantPaymentId(), e);
        }
        return checkout.status();
    }
}
