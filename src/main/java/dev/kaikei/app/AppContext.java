package dev.kaikei.app;

import dev.kaikei.accounting.AccountingExport;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.config.PinLockoutStore;
import dev.kaikei.config.Settings;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalException;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.OutboxStatus;
import dev.kaikei.logs.LogFiles;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.payment.PaymentHistory;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.till.CashDrawer;
import dev.kaikei.till.CashSales;
import dev.kaikei.till.Till;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.sync.SyncPusher;
import dev.kaikei.sync.SyncTiming;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one hand-written composition root: journal lock, PayPay access (embedded simulator or gateway), journal, id
 * source, payment engine and its reconciler, built in that order from {@link Settings} and closed in reverse. The
 * cashier app and every command line command run on one of these, so they share exactly the same wiring.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final Duration BACKUP_CHECK = Duration.ofHours(1);
    static final String PIN_LOCKOUT_FILE = "pin-lockout.properties";
    /** How long closing waits to push what a command changed to HQ (it never blocks a sale: this is at exit). */
    private static final Duration FINAL_PUSH = Duration.ofSeconds(3);

    private final Settings settings;
    private final AppOptions options;
    private final PayPayAccess access;
    private final PaymentEngine engine;
    private final EngineThreads threads;
    private final Deque<AutoCloseable> closeStack;
    private final Optional<SingleInstance> instance;
    private final Journal journal;
    private final SalesServices sales;
    private final TransactionFiles transactionFiles;
    private final Till till;
    private final CashSales cash;
    private final AccountingExport accounting;
    private final Optional<SyncPusher> sync;
    private boolean closed;
    private boolean backgroundStarted;

    private AppContext(Settings settings, AppOptions options, PayPayAccess access, PaymentEngine engine,
                       EngineThreads threads, Deque<AutoCloseable> closeStack,
                       Optional<SingleInstance> instance, Journal journal, SalesServices sales,
                       Optional<SyncPusher> sync) {
        this.settings = settings;
        this.sales = sales;
        this.sync = sync;
        this.journal = journal;
        this.instance = instance;
        this.options = options;
        this.access = access;
        this.engine = engine;
        this.threads = threads;
        this.closeStack = closeStack;
        this.transactionFiles = new TransactionFiles(journal, Set.of(settings.terminalId()));
        // The drawer hangs on the receipt printer: cash sales, cash refunds and a no-sale open it with its pulse.
        CashDrawer drawer = sales.receipts().hasDrawer() ? CashDrawer.of(sales.receipts()::openDrawer)
                : CashDrawer.NONE;
        this.till = new Till(journal, options.clock(), settings.storeName(), settings.terminalId(), drawer,
                Optional.of(sales.receipts()));
        this.cash = new CashSales(journal, options.clock(), drawer, settings.terminalId());
        this.accounting = new AccountingExport(journal);
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
        return open(settings, options, () -> { });
    }

    /**
     * Opens everything, running {@code whenOwner} as soon as this process holds the journal (before PayPay access,
     * the journal and the engine open): the cashier app shows its window then, so a second start, which cannot hold
     * it, never flashes a window. For a reader it runs at the start.
     *
     * @throws StartupException if the journal cannot be opened or (as owner) another process holds it
     */
    static AppContext open(Settings settings, AppOptions options, Runnable whenOwner) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(options, "options");
        Deque<AutoCloseable> stack = new ArrayDeque<>();
        try {
            Optional<SingleInstance> instance = Optional.empty();
            if (options.role() == AppOptions.Role.OWNER) {
                stack.push(JournalLock.acquire(settings.journalPath()));
                whenOwner.run();
                instance = listenForSecondStarts(settings.journalPath());
                instance.ifPresent(stack::push);
            } else {
                whenOwner.run();
            }
            // PayPay access (the embedded simulator's start, or the TLS client with its trust store) and the journal
            // open side by side: neither needs the other, and the cashier's first key waits for both.
            CompletableFuture<PayPayAccess> accessOpening = inBackground("paypay-open",
                    () -> PayPayAccess.open(settings, options.clock()));
            Journal journal;
            try {
                journal = openJournal(settings, options.clock());
            } catch (RuntimeException e) {
                accessOpening.thenAccept(PayPayAccess::close);
                throw e;
            }
            PayPayAccess access;
            try {
                access = accessOpening.join();
            } catch (CompletionException e) {
                journal.close();
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            stack.push(access);
            stack.push(journal);
            EngineThreads threads = new EngineThreads();
            stack.push(threads);
            PaymentEngine engine = new PaymentEngine(access.client(), journal,
                    new MerchantIds(settings.terminalId(), options.clock()),
                    options.engineTuning().apply(engineSettings(settings)), options.clock(), threads.engine());
            stack.push(engine);
            useLinkReturnPage(settings, access, engine);
            SalesServices sales = SalesServices.open(settings, journal);
            stack.push(sales);
            Optional<SyncPusher> sync = openSync(settings, options, journal, stack);
            AppContext context = new AppContext(settings, options, access, engine, threads, stack, instance, journal,
                    sales, sync);
            if (options.backgroundWorkAtOpen()) {
                context.startBackgroundWork();
            }
            LOG.info("Kaikei started: {} mode, terminal {}, journal {}", settings.mode(), settings.terminalId(),
                    settings.journalPath());
            return context;
        } catch (RuntimeException e) {
            closeAll(stack);
            throw e;
        }
    }

    /** Runs {@code opening} on a thread of its own (not a pool's: it runs once per start). */
    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> opening) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(opening.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * The account-link return page: the configured one; else in training mode the embedded simulator's own page;
     * else none (linking then asks for one: no default may send customers' tokens to a host the shop does not run).
     */
    private static void useLinkReturnPage(Settings settings, PayPayAccess access, PaymentEngine engine) {
        Optional<String> page = settings.linkRedirectUrl().map(URI::toString)
                .or(() -> access.simulator().map(sim -> sim.linkReturnPage().toString()));
        page.ifPresent(url -> engine.customers().useRedirectUrl(url, settings.isSimulator()));
    }

    /**
     * Starts what a journal owner runs beside everything else, with nobody waiting for it: the start-up
     * reconciliation (the previous run may have crashed mid-checkout) and then every few minutes, and the daily
     * journal backup. {@link #open} starts it, unless {@link AppOptions#backgroundWorkAtOpen()} is off: the cashier
     * app starts it once its window is on screen. A charge never depends on it (it journals first either way). Runs
     * once; a no-op for a reader.
     */
    public synchronized void startBackgroundWork() {
        if (backgroundStarted || closed || options.role() != AppOptions.Role.OWNER) {
            return;
        }
        backgroundStarted = true;
        JournalBackups backups = scheduleBackups(settings, journal, options.clock(), threads);
        closeStack.push(backups::stop); // closed first: a copy in progress stops instead of delaying the exit
        if (options.backgroundReconciler()) {
            // Start-up recovery first (the previous run may have crashed mid-checkout), then periodically.
            engine.startReconciler();
            sync.ifPresent(SyncPusher::start);
        }
    }

    /**
     * HQ sync, when configured. A long-running owner (the cashier app, a waiting charge) pushes in the background
     * once {@link #startBackgroundWork} runs;
     * every owner pushes what is left for a few seconds when it closes, so a command's change reaches HQ at once.
     */
    private static Optional<SyncPusher> openSync(Settings settings, AppOptions options, Journal journal,
                                                 Deque<AutoCloseable> stack) {
        if (settings.hq().isEmpty() || options.role() != AppOptions.Role.OWNER) {
            return Optional.empty();
        }
        SyncPusher pusher = new SyncPusher(journal, settings.hq().get(), SyncTiming.defaults(), options.clock());
        stack.push(() -> {
            pusher.close();
            if (pusher.status().waiting() > 0) {
                var status = pusher.pushNow(FINAL_PUSH);
                if (status.waiting() > 0) {
                    LOG.info("{} changes wait for HQ; they are pushed at the next start", status.waiting());
                }
            }
        });
        return Optional.of(pusher);
    }

    private static JournalBackups scheduleBackups(Settings settings, Journal journal, Clock clock,
                                                  EngineThreads threads) {
        JournalBackups backups = new JournalBackups(journal,
                settings.counter().backupDirFor(settings.journalPath()), settings.counter().backupKeepDays(), clock);
        // At start-up (the day's first start is the usual moment) and hourly, so a terminal never closed still gets
        // its copy when the business day changes; a day's copy is only written once. On its own thread and
        // connection: copying a big journal never holds up a checkout.
        threads.backups().scheduleWithFixedDelay(backups::backUpTodayQuietly, 0, BACKUP_CHECK.toMinutes(),
                TimeUnit.MINUTES);
        return backups;
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
                .withPollInterval(Duration.ofSeconds(settings.pollIntervalSeconds()))
                .withSettledDayCheck(!settings.isSimulator());
    }

    private static Journal openJournal(Settings settings, Clock clock) {
        try {
            return Journal.open(settings.journalPath(), JournalOptions.defaults().withClock(clock));
        } catch (JournalException e) {
            throw new StartupException(StartupException.Reason.JOURNAL, "Cannot open the journal "
                    + settings.journalPath() + ": " + e.getMessage(), e);
        }
    }


    public Settings settings() {
        return settings;
    }

    /**
     * Where the manager PIN's lockout is kept: a file next to the journal, shared by the cashier app and the command
     * line (owner-only; it holds counts and a time, never the PIN).
     */
    public PinLockoutStore pinLockout() {
        return PinLockoutStore.file(settings.journalPath().resolveSibling(PIN_LOCKOUT_FILE));
    }

    /** The manager PIN check of this installation (the practice PIN in training mode while none is set). */
    public ManagerPinGuard managerPin() {
        return new ManagerPinGuard(settings.managerPinHash(), settings.isSimulator(), pinLockout(), options.clock());
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

    /** What waits for HQ in this journal and when HQ last acknowledged (also for a reader beside the cashier app). */
    public OutboxStatus hqOutbox() {
        return journal.syncOutbox().status();
    }

    /** HQ sync of this journal: present when hq.url/hq.token are set and this context owns the journal. */
    public Optional<SyncPusher> sync() {
        return sync;
    }

    public PaymentHistory history() {
        return engine.history();
    }

    /** This terminal's till: float, 点検, 精算 and the Z reports, paid-in / paid-out, no-sale. */
    public Till till() {
        return till;
    }

    /** A day's takings per tender and tax rate, and the freee / Money Forward import files of them. */
    public AccountingExport accounting() {
        return accounting;
    }

    /** Sales paid in cash and cash handed back, on this terminal (the drawer opens for them). */
    public CashSales cash() {
        return cash;
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
        if (open.isEmpty() || threads.isShutdown()) {
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
