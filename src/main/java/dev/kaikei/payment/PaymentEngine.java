package dev.kaikei.payment;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.NewSale;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.accountlink.AccountLinkTokenValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment engine: QR checkouts, payment actions (cancel, refund, capture, revert), the reconciler and the history
 * read side, over the PayPay client and the write-ahead journal. Thread-safe; all waiting happens on the injected
 * scheduler, never on the caller's thread (actions make their first PayPay call on the caller's thread: call them off
 * the UI thread).
 */
public final class PaymentEngine implements CheckoutService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentEngine.class);

    private final EngineContext ctx;
    private final PaymentActions actions;
    private final Reconciler reconciler;
    private final PaymentHistory history;
    private final LinkedCustomers customers;
    private final Map<String, QrCheckout> live = new ConcurrentHashMap<>();
    private final Map<String, QrCheckout> handedOver = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> reconcileTask;

    public PaymentEngine(PayPayClient client, Journal journal, MerchantIds ids, EngineSettings settings, Clock clock,
                         EngineExecutors executors) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(executors, "executors");
        PayPayCalls calls = new PayPayCalls(client, journal, clock);
        this.ctx = new EngineContext(settings, clock, journal, calls, new PaymentResolver(calls, journal, clock), ids,
                executors, new Claims(), new Hooks());
        this.actions = new PaymentActions(ctx);
        this.reconciler = new Reconciler(ctx, actions, this::adopt);
        this.history = new PaymentHistory(journal, clock, actions);
        this.customers = new LinkedCustomers(ctx, new AccountLinkTokenValidator(client.config().credentials(),
                clock));
    }

    /**
     * Journals a new payment (state CREATING, committed) under a fresh merchantPaymentId, with the sale it pays if it
     * was rung up as one, then creates and polls the code in the background.
     *
     * @throws IllegalArgumentException if the request breaks a PayPay rule (nothing is journaled or sent)
     */
    @Override
    public Checkout start(ChargeRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.amountYen() < 1 || request.amountYen() > ChargeRequest.MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be 1.." + ChargeRequest.MAX_AMOUNT + " yen");
        }
        EngineSettings s = ctx.settings();
        PaymentRecord row = ctx.insertClaimed(id -> new NewPayment(id,
                request.preAuthorize() ? PaymentKind.QR_PREAUTH : PaymentKind.QR, request.amountYen(),
                request.description().isEmpty() ? null : request.description(), s.storeId(), s.terminalId(),
                null, null), request.saleLines().map(sale -> new NewSale(sale, s.terminalId(), request.otherTenders()))
                .orElse(null));
        String id = row.merchantPaymentId();
        QrCheckout checkout = new QrCheckout(ctx, request, row);
        live.put(id, checkout);
        checkout.begin();
        LOG.info("Checkout {} started: {} yen{}", id, request.amountYen(), request.preAuthorize() ? " (pre-auth)"
                : "");
        return checkout;
    }

    /** A checkout of this process that has not ended (or is still waiting for PayPay to settle it). */
    public Optional<Checkout> checkout(String merchantPaymentId) {
        QrCheckout c = live.get(merchantPaymentId);
        return Optional.ofNullable(c != null ? c : handedOver.get(merchantPaymentId));
    }

    /**
     * This terminal's earlier QR checkouts whose outcome is still open and that no running checkout of this process
     * shows (handed to the reconciler, or left by a crash): the customer may have paid one. A new checkout meanwhile
     * should be confirmed by the cashier. Newest first.
     */
    @Override
    public List<PaymentSummary> unresolvedCheckouts() {
        String terminal = ctx.settings().terminalId();
        return ctx.journal().nonFinalPayments().stream()
                .filter(p -> !p.kind().isNative() && terminal.equals(p.terminalId())
                        && PaymentResolver.OPEN.contains(p.state()) && !live.containsKey(p.merchantPaymentId()))
                .sorted(Comparator.comparing(PaymentRecord::createdAt).reversed())
                .map(PaymentHistory::summary).toList();
    }

    /** Checkouts still running in this process. */
    public List<Checkout> liveCheckouts() {
        return List.copyOf(live.values());
    }

    /** Cancels a paid or authorized payment inside the cancel window (after it: refused, "use a refund"). */
    public ActionResult cancel(String merchantPaymentId) {
        return actions.cancel(merchantPaymentId);
    }

    /** Refunds a paid payment: one refund per payment, ¥1 ≤ amount ≤ paid; reason optional (≤ 255). */
    public ActionResult refund(String merchantPaymentId, long amountYen, String reason) {
        return actions.refund(merchantPaymentId, amountYen, reason);
    }

    /** Captures an authorized (pre-auth) payment, ¥1 ≤ amount ≤ authorized. */
    public ActionResult capture(String merchantPaymentId, long amountYen) {
        return actions.capture(merchantPaymentId, amountYen);
    }

    /** Releases an authorized (pre-auth) payment without charging it. */
    public ActionResult revert(String merchantPaymentId, String reason) {
        return actions.revert(merchantPaymentId, reason);
    }

    /** Which of cancel / refund / capture / revert apply now (for the UI's buttons). */
    public ActionOptions actionsFor(String merchantPaymentId) {
        return actions.options(merchantPaymentId);
    }

    public PaymentHistory history() {
        return history;
    }

    /** Linked customers: account link, direct-debit charges (NATIVE rows in this journal) and unlink. */
    public LinkedCustomers customers() {
        return customers;
    }

    /**
     * One reconciler pass now, on the caller's thread (the CLI's {@code reconcile}, tests): the open rows, then today's
     * settled payments re-read against PayPay.
     */
    public ReconcileSummary reconcileNow() {
        return reconcileNow(BusinessDay.today(ctx.clock()));
    }

    /** As {@link #reconcileNow()}, re-reading {@code day}'s settled payments (the CLI's {@code --date}). */
    public ReconcileSummary reconcileNow(BusinessDay day) {
        return reconciler.run(daysToCheck(List.of(day)));
    }

    /** Runs the reconciler now (start-up recovery) and then every {@link EngineSettings#reconcileInterval()}. */
    public synchronized void startReconciler() {
        if (reconcileTask != null) {
            return;
        }
        long every = ctx.settings().reconcileInterval().toMillis();
        AtomicReference<BusinessDay> checkedDay = new AtomicReference<>();
        reconcileTask = ctx.executors().background().scheduleWithFixedDelay(() -> {
            try {
                // Settled payments are re-read at start-up (today's and the last trading day's: a shop closes
                // before midnight, so that day's last changes are seen the next morning), and a day once more when
                // it ends while the terminal runs.
                BusinessDay today = BusinessDay.today(ctx.clock());
                BusinessDay last = checkedDay.getAndSet(today);
                List<BusinessDay> days = last == null
                        ? Stream.concat(ctx.journal().lastTradingDayBefore(today).stream(), Stream.of(today)).toList()
                        : last.equals(today) ? List.of() : List.of(last, today);
                ReconcileSummary s = reconciler.run(daysToCheck(days));
                s.notes().forEach(n -> LOG.warn("Unresolved: {}", n));
            } catch (RuntimeException e) {
                LOG.error("Reconciler run failed", e);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
    }

    private List<BusinessDay> daysToCheck(List<BusinessDay> days) {
        return ctx.settings().checkSettledDays() ? days : List.of();
    }

    /** Stops the scheduled reconciler. Running checkouts are left to the executor's owner (and the journal). */
    @Override
    public synchronized void close() {
        if (reconcileTask != null) {
            reconcileTask.cancel(false);
            reconcileTask = null;
        }
    }

    private void adopt(String merchantPaymentId, Outcome outcome) {
        QrCheckout c = handedOver.remove(merchantPaymentId);
        if (c != null) {
            c.adopt(outcome);
        }
    }

    /** Registry callbacks of checkouts and action follow-ups. */
    private final class Hooks implements EngineContext.Hooks {

        @Override
        public void finished(QrCheckout checkout) {
            live.remove(checkout.merchantPaymentId());
            ctx.claims().release(Claims.payment(checkout.merchantPaymentId()));
        }

        @Override
        public void handOver(QrCheckout checkout) {
            handedOver.put(checkout.merchantPaymentId(), checkout);
            live.remove(checkout.merchantPaymentId());
            ctx.claims().release(Claims.payment(checkout.merchantPaymentId()));
        }

        @Override
        public void followUp(OperationRecord operation) {
            schedule(operation, 1);
        }

        private void schedule(OperationRecord op, int pass) {
            EngineSettings s = ctx.settings();
            Duration delay = Backoff.delay(s.retryDelay(), s.maxRetryDelay(), pass);
            ctx.executors().background().schedule(() -> step(op, pass), delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void step(OperationRecord op, int pass) {
            String paymentKey = Claims.payment(op.merchantPaymentId());
            if (!ctx.claims().tryClaim(paymentKey)) {
                schedule(op, pass); // the payment is being worked on (reconciler pass, another action): later
                return;
            }
            OperationRecord after = op;
            try {
                after = actions.followUpOnce(op);
            } catch (RuntimeException e) {
                LOG.warn("Follow-up of {} {} failed", op.kind(), op.id(), e);
            } finally {
                ctx.claims().release(paymentKey);
            }
            if (after.id() != op.id()) {
                // A replacement (capture retried under a new id) is followed instead.
                ctx.claims().release(Claims.operation(op.id()));
                if (after.state().isFinal() || !ctx.claims().tryClaim(Claims.operation(after.id()))) {
                    return;
                }
            }
            if (after.state().isFinal() || pass >= ctx.settings().resolveAttempts() * 2) {
                ctx.claims().release(Claims.operation(after.id()));
                return; // done, or left to the reconciler
            }
            schedule(after, pass + 1);
        }
    }
}
