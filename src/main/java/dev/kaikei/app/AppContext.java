package dev.kaikei.app;

import dev.kaikei.config.Settings;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalException;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.logs.LogFiles;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.payment.PaymentHistory;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.till.Till;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one hand-written composition root: journal lock, PayPay access (embedded simulator or gateway), journal, id
 * source, payment engine and its reconciler, built in that order from {@link Settings} and closed in reverse. The
 * cashier app and every command line command run on one of these, so they share exactly the same wiring.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final int ENGINE_THREADS = 4;
    private static final Duration BACKUP_CHECK = Duration.ofHours(1);

    private final Settings settings;
    private final AppOptions options;
    private final PayPayAccess access;
    private final PaymentEngine engine;
    private final ScheduledExecutorService executor;
    private final Deque<AutoCloseable> closeStack;
    private final Optional<SingleInstance> instance;
    private final Journal journal;
    private final SalesServices sales;
    private final TransactionFiles transactionFiles;
    private final Till till;
    private boolean closed;

    private AppContext(Settings settings, AppOptions options, PayPayAccess access, PaymentEngine engine,
                       ScheduledExecutorService executor, Deque<AutoCloseable> closeStack,
                       Optional<SingleInstance> instance, Journal journal, SalesServices sales) {
        this.settings = settings;
        this.sales = sales;
        this.journal = journal;
        this.instance = instance;
        this.options = options;
        this.access = access;
        this.engine = engine;
        this.executor = executor;
        this.closeStack = closeStack;
        this.transactionFiles = new TransactionFiles(journal, Set.of(settings.terminalId()));
        this.till = new Till(journal, options.clock(), settings.storeName(), settings.terminalId());
    }

    /** Opens everything with production options (owner of the journal, reconciler running). */
    public static AppContext open(Settings settings) {
        return open(settings, AppOptions.defaults());
    }

    /**
     * Opens everything; on any failure what was already opened is closed again.
     *
     * @throws StartupException if the journal cannot be opened or (as owner) another process holds it
     */
    public static AppContext open(Settings settings, AppOptions options) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(options, "options");
        Deque<AutoCloseable> stack = new ArrayDeque<>();
        try {
            Optional<SingleInstance> instance = Optional.empty();
            if (options.role() == AppOptions.Role.OWNER) {
                stack.push(JournalLock.acquire(settings.journalPath()));
                instance = listenForSecondStarts(settings.journalPath());
                instance.ifPresent(stack::push);
            }
            PayPayAccess access = PayPayAccess.open(settings, options.clock());
            stack.push(access);
            Journal journal = openJournal(settings, options.clock());
            stack.push(journal);
            ScheduledExecutorService executor = engineExecutor();
            stack.push(() -> stopExecutor(executor));
            PaymentEngine engine = new PaymentEngine(access.client(), journal,
                    new MerchantIds(settings.terminalId(), options.clock()),
                    options.engineTuning().apply(engineSettings(settings)), options.clock(), executor);
            stack.push(engine);
            settings.linkRedirectUrl().ifPresent(url -> engine.customers().useRedirectUrl(url.toString(),
                    settings.isSimulator()));
            SalesServices sales = SalesServices.open(settings, journal);
            stack.push(sales);
            AppContext context = new AppContext(settings, options, access, engine, executor, stack, instance, journal,
                    sales);
            if (options.role() == AppOptions.Role.OWNER) {
                scheduleBackups(settings, journal, options.clock(), executor);
            }
            if (options.role() == AppOptions.Role.OWNER && options.backgroundReconciler()) {
                // Start-up recovery first (the previous run may have crashed mid-checkout), then periodically.
                engine.startReconciler();
            }
            LOG.info("Kaikei started: {} mode, terminal {}, journal {}", settings.mode(), settings.terminalId(),
                    settings.journalPath());
            return context;
        } catch (RuntimeException e) {
            closeAll(stack);
            throw e;
        }
    }

    private static void scheduleBackups(Settings settings, Journal journal, Clock clock,
                                        ScheduledExecutorService executor) {
        JournalBackups backups = new JournalBackups(journal,
                settings.counter().backupDirFor(settings.journalPath()), settings.counter().backupKeepDays(), clock);
        // At start-up (the day's first start is the usual moment) and hourly, so a terminal never closed still gets
        // its copy when the business day changes; a day's copy is only written once.
        executor.scheduleWithFixedDelay(backups::backUpTodayQuietly, 0, BACKUP_CHECK.toMinutes(), TimeUnit.MINUTES);
    }

    private static Optional<SingleInstance> listenForSecondStarts(Path journal) {
        try {
            return Optional.of(SingleInstance.listen(journal));
        } catch (IOException | RuntimeException e) {
            // Not fatal: a second start then just reports the journal as in use.
            LOG.warn("Cannot listen for a second start of Kaikei ({}); it will only be told the journal is in use",
                    e.toString());
            return Optional.empty();
        }
    }

    /**
     * What a second start does when the journal is in use: asks the running app to bring its window to the front.
     *
     * @return {@link SingleInstance.Outcome#FOCUSED} when the running cashier app answered
     */
    public static SingleInstance.Outcome focusRunningApp(Settings settings) {
        return SingleInstance.focusRunning(settings.journalPath());
    }

    /**
     * Sets what happens when a second start asks this app to come to the front (the cashier window raises itself).
     * Called from a background thread; a no-op for a context that does not own the journal.
     */
    public void onFocusRequest(Runnable handler) {
        instance.ifPresent(i -> i.onFocusRequest(handler));
    }

    /**
     * The engine's settings for these operator settings (terminal, store, poll interval; other timings default).
     * Without a configured {@code store.id} no storeId is sent rather than a made-up one (it shows in PayPay's reports).
     */
    public static EngineSettings engineSettings(Settings settings) {
        return EngineSettings.defaults(settings.terminalId(), settings.storeId().orElse(null), settings.storeName())
                .withPollInterval(Duration.ofSeconds(settings.pollIntervalSeconds()));
    }

    private static Journal openJournal(Settings settings, Clock clock) {
        try {
            return Journal.open(settings.journalPath(), JournalOptions.defaults().withClock(clock));
        } catch (JournalException e) {
            throw new StartupException(StartupException.Reason.JOURNAL, "Cannot open the journal "
                    + settings.journalPath() + ": " + e.getMessage(), e);
        }
    }

    private static ScheduledExecutorService engineExecutor() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newScheduledThreadPool(ENGINE_THREADS, r -> {
            Thread t = new Thread(r, "kaikei-engine-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Settings settings() {
        return settings;
    }

    public AppOptions options() {
        return options;
    }

    public PaymentEngine engine() {
        return engine;
    }

    /** Quick keys, the tax policy, receipts and the receipt printer's queue. */
    public SalesServices sales() {
        return sales;
    }

    public PaymentHistory history() {
        return engine.history();
    }

    /** This terminal's till: float, 点検, 精算 and the Z reports, paid-in / paid-out, no-sale. */
    public Till till() {
        return till;
    }

    /** Matching PayPay's daily transaction file against this journal (this terminal's lines). */
    public TransactionFiles transactionFiles() {
        return transactionFiles;
    }

    /** The embedded simulator in SIMULATOR mode (it lives exactly as long as this context), else empty. */
    public Optional<PayPaySimulator> simulator() {
        return access.simulator();
    }

    /**
     * Writes a support bundle (logs, recent PayPay calls, settings without secrets, versions) to {@code zip}.
     *
     * @return the names of the entries written
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public List<String> writeSupportBundle(Path zip) {
        return new SupportBundle(settings, journal, LogFiles.directory(), options.clock()).writeTo(zip);
    }

    /** The latest payments of this journal, newest first, for the cashier's strip. */
    public RecentPayments recentPayments() {
        // The history serves pages of 1..1000 rows.
        return n -> n < 1 ? List.of() : engine.history().search(new HistoryQuery(null, null, null, null, Set.of(),
                Math.min(n, 1000), 0));
    }

    /**
     * Abandons checkouts still open (each withdraws its code and looks once more, waiting at most
     * {@link AppOptions#closeGrace()}), then closes the engine, its threads, the journal, PayPay access and the lock.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        abandonOpenCheckouts();
        closeAll(closeStack);
        LOG.info("Kaikei stopped");
    }

    private void abandonOpenCheckouts() {
        List<Checkout> open = engine.liveCheckouts();
        if (open.isEmpty() || executor.isShutdown()) {
            return;
        }
        open.forEach(Checkout::abandon);
        long deadline = System.nanoTime() + options.closeGrace().toNanos();
        for (Checkout c : open) {
            try {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                if (!CheckoutEnd.await(c, left).phase().isFinished()) {
                    LOG.warn("Checkout {} still {} at shutdown; the reconciler settles it at the next start",
                            c.merchantPaymentId(), c.status().phase());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void stopExecutor(ScheduledExecutorService executor) throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("Engine threads did not stop within 5 s");
        }
    }

    private static void closeAll(Deque<AutoCloseable> stack) {
        while (!stack.isEmpty()) {
            AutoCloseable c = stack.pop();
            try {
                c.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", c.getClass().getSimpleName(), e);
            }
        }
    }
}
