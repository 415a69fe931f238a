package dev.kaikei.app;

import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.selfcheck.PayPayConnectionCheck;
import dev.kaikei.ui.DesktopApp;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.ui.history.PaymentOperations;
import dev.kaikei.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.util.Map;

/**
 * The cashier app's half of the composition root: hands the services {@link AppContext} built to the screens, in one
 * {@link UiServices}, and runs the window until it closes. A new service is constructed in {@link AppContext#open} and
 * handed over here; a screen never builds one.
 */
public final class CashierApp {

    private CashierApp() {
    }

    /**
     * Opens the cashier window on {@code context} and blocks until it closes.
     *
     * @param settingsFile the file the Settings screen edits (it may not exist yet)
     * @return the process exit code
     */
    public static int run(AppContext context, Path settingsFile) {
        return DesktopApp.run(uiServices(context, settingsFile), context::onFocusRequest);
    }

    /** What the screens get: checkouts, recent payments, History and its actions, customers, Settings, support. */
    static UiServices uiServices(AppContext context, Path settingsFile) {
        // No environment variables: the form checks what the manager typed, not what the environment overrides.
        SettingsLoader rules = new SettingsLoader(PlatformDirs.forCurrentUser(), Map.of(), context.settings().locale());
        return engineServices(context.engine())
                .configuredBy(context.settings())
                .recentPayments(context.recentPayments())
                .settingsForm(SettingsStore.file(settingsFile, rules), PayPayConnectionCheck.withDefaults()::run)
                .supportBundle(context::writeSupportBundle)
                .selling(context.sales().quickKeys(), context.sales().tax())
                .receipts(new Receipts(context.sales().receipts(), context.sales().printQueue().isPresent(),
                        context.settings().sales().printer().autoPrint()))
                .till(context.till())
                .paypayFiles(context.transactionFiles())
                .build();
    }

    /** The payment engine's services for the screens: checkouts, History with its actions, linked customers. */
    public static UiServices.Builder engineServices(PaymentEngine engine) {
        return UiServices.builder(engine)
                .payments(HistoryService.of(engine), PaymentOperations.of(engine))
                .customers(engine.customers());
    }
}
