package dev.kaikei.app;

import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.selfcheck.PayPayConnectionCheck;
import dev.kaikei.ui.DesktopApp;
import dev.kaikei.ui.EarlyWindow;
import dev.kaikei.ui.ToolkitStart;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.WindowUnavailableException;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.history.PaymentOperations;
import dev.kaikei.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The cashier app's half of the composition root: hands the services {@link AppContext} built to the screens, in one
 * {@link UiServices}, and runs the window until it closes. A new service is constructed in {@link AppContext#open} and
 * handed over here; a screen never builds one.
 */
public final class CashierApp {

    private CashierApp() {
    }

    /**
     * Opens the app (journal, PayPay, engine) and its window, and blocks until the window closes; then closes the
     * app. The window's toolkit starts first, on a thread of its own, and the window shows as soon as it is up, so
     * both come up while the engine opens; the screens go in once it has; the engine's background work (start-up
     * reconciliation, daily backup) starts after their first frame.
     *
     * @param settingsFile the file the Settings screen edits (it may not exist yet)
     * @return the process exit code
     * @throws StartupException if the journal cannot be opened or another process holds it (no window was shown), or
     *                          the window cannot open (no display)
     */
    public static int run(Settings settings, AppOptions options, Path settingsFile) {
        DesktopApp.startToolkit();
        AtomicReference<EarlyWindow> window = new AtomicReference<>();
        // The window shows as soon as this process holds the journal (a second start never flashes one) and the
        // toolkit is up; PayPay access, the journal and the engine open meanwhile.
        Runnable showWindow = () -> window.set(DesktopApp.showWindow(settings.storeName(), settings.locale(),
                settings.counter()));
        AppContext context;
        try {
            context = AppContext.open(settings, options.withBackgroundWorkLater(), showWindow);
        } catch (RuntimeException e) {
            Optional.ofNullable(window.get()).ifPresent(EarlyWindow::close);
            throw e;
        }
        try (context) {
            // Blocks until the cashier closes the window; the context (engine, journal, simulator) closes after it.
            return DesktopApp.run(window.get(), uiServices(context, settingsFile), context::onFocusRequest,
                    context::startBackgroundWork);
        } catch (WindowUnavailableException e) {
            throw new StartupException(StartupException.Reason.WINDOW, e.getMessage(), e);
        }
    }

    /**
     * Starts the window's toolkit now, on a thread of its own, when the cashier app is about to run: it comes up
     * while the settings are read and the engine opens. {@link #run} does it if nobody did.
     */
    public static void prepareWindow() {
        // Not through DesktopApp: its logger would set up logging before the toolkit's start is under way.
        ToolkitStart.begin();
    }

    /** What the screens get: checkouts, recent payments, History and its actions, customers, Settings, support. */
    static UiServices uiServices(AppContext context, Path settingsFile) {
        // No environment variables: the form checks what the manager typed, not what the environment overrides.
        SettingsLoader rules = new SettingsLoader(PlatformDirs.forCurrentUser(), Map.of(), context.settings().locale());
        return engineServices(context.engine())
                .configuredBy(context.settings())
                // One guard for the app: a lockout after wrong PINs covers History, the kiosk's locks and the till.
                .managerPin(context.managerPin())
                .recentPayments(context.recentPayments())
                .settingsForm(SettingsStore.file(settingsFile, rules), PayPayConnectionCheck.withDefaults()::run)
                .supportBundle(context::writeSupportBundle)
                .selling(context.sales().quickKeys(), context.sales().tax())
                .receipts(new Receipts(context.sales().receipts(), context.sales().printQueue().isPresent(),
                        context.settings().sales().printer().autoPrint()))
                .till(context.till())
                .cash(context.cash())
                .takings(context.accounting())
                .paypayFiles(context.transactionFiles())
                .hqSync(context.sync().map(HqSyncStatus::new).orElse(null))
                .build();
    }

    /** The payment engine's services for the screens: checkouts, History with its actions, linked customers. */
    public static UiServices.Builder engineServices(PaymentEngine engine) {
        return UiServices.builder(engine)
                .payments(HistoryService.of(engine), PaymentOperations.of(engine))
                .customers(engine.customers());
    }
}
