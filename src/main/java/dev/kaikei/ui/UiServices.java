package dev.kaikei.ui;

import dev.kaikei.config.Settings;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.RecentPayments;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

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
 */
public record UiServices(
        CheckoutService checkouts,
        RecentPayments recentPayments,
        String storeName,
        boolean training,
        Locale locale,
        boolean preAuthEnabled,
        Duration autoReturnAfter,
        OptionalInt customerDisplayIndex) {

    public static final Duration DEFAULT_AUTO_RETURN = Duration.ofSeconds(4);

    public UiServices {
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(recentPayments, "recentPayments");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(customerDisplayIndex, "customerDisplayIndex");
        if (autoReturnAfter == null || autoReturnAfter.isNegative()) {
            throw new IllegalArgumentException("autoReturnAfter must be zero or positive");
        }
    }

    /** The usual options: no pre-auth, back to the keypad 4 s after a payment, customer display auto-detected. */
    public static UiServices of(CheckoutService checkouts, RecentPayments recentPayments, String storeName,
                                boolean training, Locale locale) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, false, DEFAULT_AUTO_RETURN,
                OptionalInt.empty());
    }

    /** Store name, language and training mode (= simulator) taken from the settings. */
    public static UiServices fromSettings(Settings settings, CheckoutService checkouts,
                                          RecentPayments recentPayments) {
        return of(checkouts, recentPayments, settings.storeName(), settings.isSimulator(), settings.locale());
    }

    public UiServices withPreAuth(boolean enabled) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, enabled, autoReturnAfter,
                customerDisplayIndex);
    }

    public UiServices withAutoReturnAfter(Duration delay) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled, delay,
                customerDisplayIndex);
    }

    public UiServices withCustomerDisplay(int screenIndex) {
        return new UiServices(checkouts, recentPayments, storeName, training, locale, preAuthEnabled,
                autoReturnAfter, OptionalInt.of(screenIndex));
    }
}
