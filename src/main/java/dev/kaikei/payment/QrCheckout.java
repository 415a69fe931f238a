package dev.kaikei.payment;

import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.QrCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One QR checkout as a small state machine run on the engine's scheduler: create the code (row already committed),
 * poll it, close it on expiry or abandon (delete, then look once more), and resolve unknown outcomes. Only one step runs
 * at a time; {@link #abandon()} just raises a flag and wakes the machine.
 */
final class QrCheckout implements Checkout {

    private static final Logger LOG = LoggerFactory.getLogger(QrCheckout.class);

    private enum Step { CREATE, POLL, CLOSE, RESOLVE }

    private final EngineContext ctx;
    private final ChargeRequest request;
    private final PaymentRecord row;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Object publishLock = new Object();
    private final Object scheduleLock = new Object();

    private volatile CheckoutStatus status;
    private long version;
    private volatile Step step = Step.CREATE;
    private volatile boolean abandonRequested;
    private CheckoutPhase closingAs;
    private Instant expiresAt;
    private Duration interval;
    private int resolvePasses;
    // Guarded by scheduleLock: the generation of the one live scheduled step, and whether the machine has stopped.
    private long generation;
    private boolean running;
    private boolean stopped;

    QrCheckout(EngineContext ctx, ChargeRequest request, PaymentRecord row) {
        this.ctx = ctx;
        this.request = request;
        this.row = row;
        this.interval = ctx.settings().pollInterval();
        this.status = new CheckoutStatus(row.merchantPaymentId(), request.amountYen(), request.description(),
                CheckoutPhase.CREATING, Optional.empty(), Optional.empty(), Optional.empty(), false, "");
    }

    void begin() {
        schedule(Duration.ZERO);
    }

    @Override
    public String merchantPaymentId() {
        return row.merchantPaymentId();
    }

    @Override
    public CheckoutStatus status() {
        return status;
    }

    @Override
    public AutoCloseable subscribe(Consumer<CheckoutStatus> listener) {
        Subscriber s = new Subscriber(listener);
        subscribers.add(s);
        ctx.executors().checkouts().execute(() -> {
            CheckoutStatus current;
            long v;
            synchronized (publishLock) {
                current = status;
                v = version;
            }
            s.deliver(current, v);
        });
        return () -> {
            s.closed = true;
            subscribers.remove(s);
        };
    }

    @Override
    public void abandon() {
        abandonRequested = true;
        synchronized (scheduleLock) {
            if (stopped || running || step != Step.POLL) {
                return; // a running step re-schedules at once; CREATE continues into POLL, which sees the flag
            }
            generation++;
            submit(Duration.ZERO);
        }
    }

    /** The reconciler settled the row this checkout handed over: show the end. */
    void adopt(Outcome outcome) {
        if (outcome.resolved() && !status.phase().isFinished()) {
            publish(outcome.phase(), outcome.detail(), false);
        }
    }

    // ---------------------------------------------------------------- the machine

    private void run(long gen) {
        synchronized (scheduleLock) {
            if (stopped || gen != generation) {
                return;
            }
            running = true;
        }
        Duration delay;
        try {
            delay = switch (step) {
                case CREATE -> create();
                case POLL -> poll();
                case CLOSE -> close();
                case RESOLVE -> resolve();
            };
        } catch (RuntimeException e) {
            // A journal or programming error must not strand the checkout: log it and try the step again later.
            LOG.error("Checkout {} step {} failed; retrying", merchantPaymentId(), step, e);
            delay = ctx.settings().maxRetryDelay();
        }
        synchronized (scheduleLock) {
            running = false;
            if (delay == null) {
                stopped = true;
                return;
            }
            if (abandonRequested && step == Step.POLL) {
                delay = Duration.ZERO;
            }
            generation++;
            submit(delay);
        }
    }

    private void schedule(Duration delay) {
        synchronized (scheduleLock) {
            generation++;
            submit(delay);
        }
    }

    private void submit(Duration delay) {
        long gen = generation;
        ctx.executors().checkouts().schedule(() -> run(gen), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Duration create() {
        EngineSettings s = ctx.settings();
        CreateQrCodeRequest.Builder b = CreateQrCodeRequest.builder(merchantPaymentId(),
                        MoneyAmount.yen(request.amountYen()))
                .storeId(s.storeId()).terminalId(s.terminalId()).storeInfo(s.storeName())
                .orderDescription(request.description().isEmpty() ? null : request.description());
        if (request.preAuthorize()) {
            b.authorization(null);
        }
        OpaResult<QrCode> r = ctx.calls().createQrCode(b.build());
        if (r instanceof OpaResult.Success<QrCode> ok && ok.data() != null && ok.data().codeId() != null) {
            QrCode qr = ok.data();
            expiresAt = qr.expiryDate() != null ? Instant.ofEpochSecond(qr.expiryDate())
                    : ctx.clock().instant().plus(Duration.ofMinutes(5));
            ctx.journal().transition(merchantPaymentId(), PaymentState.CREATING,
                    PaymentChange.to(PaymentState.AWAITING_PAYMENT).withPaypayStatus("CREATED")
                            .withCode(qr.codeId(), qr.url(), qr.deeplink(), expiresAt));
            step = Step.POLL;
            publish(new CheckoutStatus(merchantPaymentId(), request.amountYen(), request.description(),
                    CheckoutPhase.AWAITING_PAYMENT, Optional.ofNullable(qr.url()), Optional.ofNullable(qr.deeplink()),
                    Optional.of(expiresAt), false, ""));
            return jittered(interval);
        }
        if (r instanceof OpaResult.Rejected<QrCode> rej && !"DUPLICATE_DYNAMIC_QR_REQUEST".equals(rej.code())) {
            // Definitive: the code was not created, nothing can be charged under this id.
            String detail = rej.isRateLimited()
                    ? "PayPay is busy (too many requests); nothing was charged — try again"
                    : "PayPay refused the QR code (" + rej.code() + (rej.message() == null ? "" : ": "
                    + rej.message()) + "); nothing was charged";
            ctx.journal().transition(merchantPaymentId(), PaymentState.CREATING,
                    PaymentChange.to(PaymentState.FAILED).withPaypayStatus(rej.code()));
            return finish(Outcome.done(CheckoutPhase.FAILED, detail));
        }
        // Unknown (or a duplicate: something exists under our id): never "failed" — resolve with the same id.
        ctx.journal().transition(merchantPaymentId(), PaymentState.CREATING, PaymentChange.to(PaymentState.UNKNOWN));
        step = Step.RESOLVE;
        publish(CheckoutPhase.RESOLVING, "PayPay did not answer; checking whether the code was created",
                r.isUnknown());
        return ctx.settings().retryDelay();
    }

    private Duration poll() {
        if (abandonRequested || ctx.clock().instant().isAfter(expiresAt)) {
            closingAs = abandonRequested ? CheckoutPhase.ABANDONED : CheckoutPhase.EXPIRED;
            step = Step.CLOSE;
            return Duration.ZERO;
        }
        OpaResult<PaymentDetails> r = ctx.calls().details(row);
        EngineSettings s = ctx.settings();
        if (r instanceof OpaResult.Success<PaymentDetails> ok && ok.data() != null) {
            PaymentRecord current = ctx.journal().findPayment(merchantPaymentId()).orElse(row);
            Optional<Outcome> decided = ctx.resolver().decide(current, ok.data(), false, null, null);
            if (decided.isPresent()) {
                return finish(decided.get());
            }
            return answered(s);
        }
        if (r instanceof OpaResult.Rejected<PaymentDetails> rej) {
            if (PaymentResolver.notFound(rej)) {
                return answered(s); // right after creation PayPay may not know the payment yet: still pending
            }
            interval = backedOff(s);
            if (status.offline()) {
                publish(status.phase(), status.detail(), false);
            }
            return jittered(interval);
        }
        interval = backedOff(s);
        if (!status.offline()) {
            publish(status.phase(), "PayPay cannot be reached; still checking", true);
        }
        return jittered(interval);
    }

    private Duration answered(EngineSettings s) {
        interval = s.pollInterval();
        if (status.offline()) {
            publish(status.phase(), "", false);
        }
        return jittered(interval);
    }

    private Duration close() {
        Outcome o = ctx.resolver().closeCode(merchantPaymentId(), closingAs);
        if (o.resolved()) {
            return finish(o);
        }
        step = Step.RESOLVE;
        publish(CheckoutPhase.RESOLVING, o.detail(), o.offline());
        return ctx.settings().retryDelay();
    }

    private Duration resolve() {
        Outcome o = ctx.resolver().resolveOnce(merchantPaymentId(), false, closingAs, null);
        if (o.resolved()) {
            return finish(o);
        }
        resolvePasses++;
        EngineSettings s = ctx.settings();
        if (resolvePasses >= s.resolveAttempts()) {
            // Hand the row to the reconciler; the checkout keeps showing RESOLVING until it is adopted back.
            ctx.journal().transition(merchantPaymentId(), PaymentResolver.OPEN, PaymentChange.to(PaymentState.UNKNOWN)
                    .withAttention("PayPay has not confirmed the outcome; the reconciler keeps checking"));
            publish(CheckoutPhase.RESOLVING, "Still not confirmed by PayPay; being checked in the background "
                    + "(see Needs attention). Do not charge again until it is resolved.", o.offline());
            ctx.handOver(this);
            return null;
        }
        publish(CheckoutPhase.RESOLVING, o.detail(), o.offline());
        return Backoff.delay(s.retryDelay(), s.maxRetryDelay(), resolvePasses);
    }

    private Duration finish(Outcome o) {
        // Release the payment before announcing the end: whoever reacts to "Paid" (a refund from History, a test)
        // must find it free, not "busy being checked".
        ctx.finished(this);
        publish(o.phase(), o.detail(), false);
        LOG.info("Checkout {} ended {}", merchantPaymentId(), o.phase());
        return null;
    }

    private Duration backedOff(EngineSettings s) {
        Duration doubled = interval.multipliedBy(2);
        return doubled.compareTo(s.maxPollInterval()) > 0 ? s.maxPollInterval() : doubled;
    }

    private Duration jittered(Duration base) {
        long jitter = ctx.settings().pollJitter().toMillis();
        long spread = jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1);
        return Duration.ofMillis(Math.max(1, base.toMillis() + spread));
    }

    // ---------------------------------------------------------------- publishing

    private void publish(CheckoutPhase phase, String detail, boolean offline) {
        CheckoutStatus s = status;
        publish(new CheckoutStatus(s.merchantPaymentId(), s.amountYen(), s.description(), phase, s.qrUrl(),
                s.deeplink(), s.expiresAt(), offline, detail == null ? "" : detail));
    }

    private void publish(CheckoutStatus next) {
        long v;
        synchronized (publishLock) {
            status = next;
            v = ++version;
        }
        for (Subscriber s : subscribers) {
            s.deliver(next, v);
        }
    }

    /** Delivers each newer status once, in order, even when a late "current status" races a change. */
    private static final class Subscriber {
        private final Consumer<CheckoutStatus> listener;
        private long delivered = -1;
        private volatile boolean closed;

        Subscriber(Consumer<CheckoutStatus> listener) {
            this.listener = listener;
        }

        synchronized void deliver(CheckoutStatus s, long version) {
            if (closed || version <= delivered) {
                return;
            }
            delivered = version;
            try {
                listener.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("A checkout listener failed", e);
            }
        }
    }
}
