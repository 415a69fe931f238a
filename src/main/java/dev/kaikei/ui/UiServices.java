package dev.kaikei.ui;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.ui.settings.ConnectionCheck;
import dev.kaikei.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything the cashier UI needs from the rest of the app, handed over by the composition root.
 *
 * @param checkouts             starts QR checkouts
 * @param recentPayments        the latest payments for the strip under the keypad
 * @param storeName             shown on both screens
 * @param training              true against the simulator: both screens carry a TRAINING watermark
 * @param locale                UI language (Japanese or English)
 * @param preAuthEnabled        shows the "Pre-authorize" button next to "Charge"
 * @param autoReturnAfter       how long a paid / authorized screen stays before the keypad returns
 * @param customerDisplayIndex  the screen for the customer display; empty = the first non-primary screen, if any
 * @param mode                  which PayPay: SIMULATOR shows TRAINING, STAGING (and PERF) SANDBOX, PROD nothing
 * @param managerPinHash        the manager PIN's hash guarding History's actions; empty = not set yet
 * @param backOffice            the History, End-of-day and Settings services
 * @param counter               kiosk mode, sounds and the spoken amount (the backup options are not the UI's)
 */
public record UiServices(
        CheckoutService checkouts,
        RecentPayments recentPayments,
        String storeName,
        boolean training,
        Locale locale,
        boolean preAuthEnabled,
        Duration autoReturnAfter,
        OptionalInt customerDisplayIndex,
        PayPayMode mode,
        Optional<String> managerPinHash,
        BackOffice backOffice,
        CounterOptions counter) {

    public static final Duration DEFAULT_AUTO_RETURN = Duration.ofSeconds(4);
    private static final int RECENT_LIMIT_MAX = 50;

    public UiServices {
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(recentPayments, "recentPayments");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(customerDisplayIndex, "customerDisplayIndex");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(managerPinHash, "managerPinHash");
        Objects.requireNonNull(backOffice, "backOffice");
        Objects.requireNonNull(counter, "counter");
        if (autoReturnAfter == null || autoReturnAfter.isNegative()) {
            throw new IllegalArgumentException("autoReturnAfter must be zero or positive");
        }
    }

    /** The cashier screens only (no back office); training means the simulator, otherwise production. */
    public UiServices(CheckoutService checkouts, RecentPayments recentPayments, String storeName, boolean training,
                      Locale locale, boolean preAuthEnabled, Duration autoReturnAfter,
                      OptionalInt customerDisplayIndex) {
        this(checkouts, recentPayments, storeName, training, locale, preAuthEnabled, autoReturnAfter,
                customerDisplayIndex, training ? PayPayMode.SIMULATOR : PayPayMode.PROD, Optional.empty(),
                BackOffice.none(), CounterOptions.defaults());
    }

    /** The usual options: no pre-auth, back to the keypad 4 s after a payment, customer display auto-detected. */
    public static UiServices of(CheckoutService checkouts, RecentPayments recentPayments, String storeName,
                                boolean training, Locale locale) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, false, DEFAULT_AUTO_RETURN,
                OptionalInt.empty());
    }

    /**
     * Store name, language, environment, pre-auth, customer screen and manager PIN from the settings; no back office
     * (add it with {@link #withBackOffice}).
     */
    public static UiServices fromSettings(Settings settings, CheckoutService checkouts,
                                          RecentPayments recentPayments) {
        return new UiServices(checkouts, recentPayments, settings.storeName(), settings.isSimulator(),
                settings.locale(), settings.preAuthEnabled(), DEFAULT_AUTO_RETURN, settings.customerScreen(),
                settings.mode(), settings.managerPinHash(), BackOffice.none(), settings.counter());
    }

    /**
     * The whole app over the payment engine: checkouts, recent payments, History and its actions, End of day, and the
     * Settings screen editing {@code settingsFile} (validated by the app's own loader rules).
     *
     * @param connectionCheck the self-check, e.g. {@code new PayPayConnectionCheck(clock, timeout)::run}
     */
    public static UiServices forEngine(Settings settings, PaymentEngine engine, Path settingsFile,
                                       ConnectionCheck connectionCheck) {
        RecentPayments recent = n -> engine.history().search(new HistoryQuery(null, null, null, null, Set.of(),
                Math.min(n, RECENT_LIMIT_MAX), 0));
        // No environment variables: the form checks what the manager typed, not what the environment overrides.
        SettingsLoader rules = new SettingsLoader(PlatformDirs.forCurrentUser(), Map.of(), settings.locale());
        return fromSettings(settings, engine, recent).withBackOffice(BackOffice.of(engine)
                .withSettings(SettingsStore.file(settingsFile, rules), connectionCheck));
    }

    public UiServices withPreAuth(boolean enabled) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, enabled, autoReturnAfter,
                customerDisplayIndex, mode, managerPinHash, backOffice, counter);
    }

    public UiServices withAutoReturnAfter(Duration delay) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled, delay,
                customerDisplayIndex, mode, managerPinHash, backOffice, counter);
    }

    public UiServices withCustomerDisplay(int screenIndex) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled,
                autoReturnAfter, OptionalInt.of(screenIndex), mode, managerPinHash, backOffice, counter);
    }

    public UiServices withBackOffice(BackOffice office) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled,
                autoReturnAfter, customerDisplayIndex, mode, managerPinHash, office, counter);
    }

    public UiServices withMode(PayPayMode newMode) {
        return new UiServices(checkouts, recentPayments, storeName, newMode == PayPayMode.SIMULATOR, locale,
                preAuthEnabled, autoReturnAfter, customerDisplayIndex, newMode, managerPinHash, backOffice, counter);
    }

    public UiServices withManagerPinHash(Optional<String> hash) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled,
                autoReturnAfter, customerDisplayIndex, mode, hash, backOffice, counter);
    }

    public UiServices withCounter(CounterOptions options) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled,
                autoReturnAfter, customerDisplayIndex, mode, managerPinHash, backOffice, options);
    }

    /** Like the record's own, without the PIN hash. */
    @Override
    public String toString() {
        return "UiServices[store=" + storeName + ", mode=" + mode + ", locale=" + locale + ", preAuth="
                + preAuthEnabled + ", managerPin=" + (managerPinHash.isPresent() ? "(set)" : "(not set)") + "]";
    }
}
