package dev.kaikei.ui;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.CustomerService;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.accounting.AccountingExport;
import dev.kaikei.till.CashSales;
import dev.kaikei.till.Till;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.history.PaymentOperations;
import dev.kaikei.ui.settings.ConnectionCheck;
import dev.kaikei.ui.settings.SettingsStore;
import dev.kaikei.ui.settings.HqSyncSource;
import dev.kaikei.ui.settings.SupportBundleWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the screens get from the rest of the app, built by the composition root ({@code dev.kaikei.app}) and
 * handed to the window in one piece. A section whose service is absent stays disabled in the navigation rail. To give
 * the screens a new service: add a component here and to the {@link Builder}, build it in the composition root, and
 * pass it to its screen in {@link ScreenFactory}.
 *
 * @param checkouts             starts QR checkouts
 * @param recentPayments        the latest payments for the strip under the keypad
 * @param storeName             shown on both screens
 * @param locale                the UI language at start (Japanese or English)
 * @param mode                  which PayPay: SIMULATOR shows TRAINING, STAGING (and PERF) SANDBOX, PROD nothing
 * @param preAuthEnabled        shows the "Pre-authorize" button next to "Charge"
 * @param autoReturnAfter       how long a paid / authorized screen stays before the keypad returns
 * @param customerDisplayIndex  the screen for the customer display; empty = the first non-primary screen, if any
 * @param managerPin            checks the manager PIN (History's actions, the kiosk's locks, the till) and counts
 *                              wrong tries; one guard for the whole app, so a lockout covers every prompt
 * @param counter               kiosk mode, sounds and the spoken amount (the backup options are not the UI's)
 * @param history               the read side: History, Needs attention, End of day, CSV export
 * @param operations            cancel / refund / capture / revert (History's actions; absent = read-only history)
 * @param customers             linked customers (account link, direct-debit charges, unlink)
 * @param settingsStore         the settings file and its validation (the Settings screen)
 * @param connectionCheck       Settings' "Test connection"
 * @param supportBundle         writes the support zip (Settings' "Support bundle" button)
 * @param quickKeys             the Charge screen's quick keys and the keypad's department
 * @param taxPolicy             how prices are written and tax rounded (the sale's totals per rate)
 * @param receipts              receipts after Paid (print, PDF) and the printer's settings; absent = none offered
 * @param takings               a day's takings per tender and tax rate (End of day)
 * @param cash                  cash sales and split tender (the Charge screen's Cash key)
 * @param till                  the till: float, 点検, 精算, paid-in / paid-out, no-sale (the Till screen)
 * @param paypayFiles           matching PayPay's daily transaction file (End of day's PayPay file panel)
 * @param hqSync                HQ sync's status for Settings ("HQ: last synced 10:42, 0 waiting"); absent without HQ
 */
public record UiServices(
        CheckoutService checkouts,
        RecentPayments recentPayments,
        String storeName,
        Locale locale,
        PayPayMode mode,
        boolean preAuthEnabled,
        Duration autoReturnAfter,
        OptionalInt customerDisplayIndex,
        ManagerPinGuard managerPin,
        CounterOptions counter,
        Optional<HistoryService> history,
        Optional<PaymentOperations> operations,
        Optional<CustomerService> customers,
        Optional<SettingsStore> settingsStore,
        Optional<ConnectionCheck> connectionCheck,
        Optional<SupportBundleWriter> supportBundle,
        QuickKeys quickKeys,
        TaxPolicy taxPolicy,
        Optional<Receipts> receipts,
        Optional<Till> till,
        Optional<TransactionFiles> paypayFiles,
        Optional<HqSyncSource> hqSync,
        Optional<CashSales> cash,
        Optional<AccountingExport> takings) {

    public static final Duration DEFAULT_AUTO_RETURN = Duration.ofSeconds(4);

    public UiServices {
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(recentPayments, "recentPayments");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(customerDisplayIndex, "customerDisplayIndex");
        Objects.requireNonNull(managerPin, "managerPin");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(settingsStore, "settingsStore");
        Objects.requireNonNull(connectionCheck, "connectionCheck");
        Objects.requireNonNull(supportBundle, "supportBundle");
        Objects.requireNonNull(quickKeys, "quickKeys");
        Objects.requireNonNull(taxPolicy, "taxPolicy");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(till, "till");
        Objects.requireNonNull(paypayFiles, "paypayFiles");
        Objects.requireNonNull(hqSync, "hqSync");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(takings, "takings");
        if (autoReturnAfter == null || autoReturnAfter.isNegative()) {
            throw new IllegalArgumentException("autoReturnAfter must be zero or positive");
        }
    }

    /** Only the Charge screen, with the defaults (training mode, Japanese); set the rest on the builder. */
    public static Builder builder(CheckoutService checkouts) {
        return new Builder(checkouts);
    }

    /** True against the simulator: both screens carry a TRAINING watermark. */
    public boolean training() {
        return mode == PayPayMode.SIMULATOR;
    }

    /** Like the record's own, without the PIN hash. */
    @Override
    public String toString() {
        return "UiServices[store=" + storeName + ", mode=" + mode + ", locale=" + locale + ", preAuth="
                + preAuthEnabled + ", managerPin=" + (managerPin.isSet() ? "(set)" : "(not set)") + "]";
    }

    /** Collects the services; anything not set is absent (or the default). */
    public static final class Builder {

        private final CheckoutService checkouts;
        private RecentPayments recentPayments = RecentPayments.none();
        private String storeName = "Kaikei";
        private Locale locale = Locale.JAPANESE;
        private PayPayMode mode = PayPayMode.SIMULATOR;
        private boolean preAuthEnabled;
        private Duration autoReturnAfter = DEFAULT_AUTO_RETURN;
        private OptionalInt customerDisplayIndex = OptionalInt.empty();
        private Optional<String> managerPinHash = Optional.empty();
        private ManagerPinGuard managerPin;
        private CounterOptions counter = CounterOptions.defaults();
        private HistoryService history;
        private PaymentOperations operations;
        private CustomerService customers;
        private SettingsStore settingsStore;
        private ConnectionCheck connectionCheck;
        private SupportBundleWriter supportBundle;
        private QuickKeys quickKeys = QuickKeys.none(QuickKey.DEFAULT_KEYPAD);
        private TaxPolicy taxPolicy = TaxPolicy.DEFAULT;
        private Receipts receipts;
        private Till till;
        private TransactionFiles paypayFiles;
        private HqSyncSource hqSync;
        private CashSales cash;
        private AccountingExport takings;

        private Builder(CheckoutService checkouts) {
            this.checkouts = Objects.requireNonNull(checkouts, "checkouts");
        }

        /** Store name, language, environment, pre-auth, customer screen, manager PIN and counter options. */
        public Builder configuredBy(Settings settings) {
            return storeName(settings.storeName()).locale(settings.locale()).mode(settings.mode())
                    .preAuthEnabled(settings.preAuthEnabled()).customerDisplay(settings.customerScreen())
                    .managerPinHash(settings.managerPinHash()).counter(settings.counter());
        }

        public Builder recentPayments(RecentPayments value) {
            recentPayments = value;
            return this;
        }

        public Builder storeName(String value) {
            storeName = value;
            return this;
        }

        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        public Builder mode(PayPayMode value) {
            mode = value;
            return this;
        }

        public Builder preAuthEnabled(boolean value) {
            preAuthEnabled = value;
            return this;
        }

        public Builder autoReturnAfter(Duration value) {
            autoReturnAfter = value;
            return this;
        }

        public Builder customerDisplay(OptionalInt screenIndex) {
            customerDisplayIndex = screenIndex;
            return this;
        }

        /** The PIN's hash, when no {@link #managerPin(ManagerPinGuard) guard} is given: one is made from it at build. */
        public Builder managerPinHash(Optional<String> value) {
            managerPinHash = value;
            return this;
        }

        /** The app's one PIN guard (the composition root builds it, so its lockout is the app's). */
        public Builder managerPin(ManagerPinGuard value) {
            managerPin = value;
            return this;
        }

        public Builder counter(CounterOptions value) {
            counter = value;
            return this;
        }

        /** History and End of day; with {@code paymentOperations} History also offers the money-moving actions. */
        public Builder payments(HistoryService historyService, PaymentOperations paymentOperations) {
            history = historyService;
            operations = paymentOperations;
            return this;
        }

        public Builder customers(CustomerService value) {
            customers = value;
            return this;
        }

        /** The Settings screen; {@code check} may be null (no "Test connection"). */
        public Builder settingsForm(SettingsStore store, ConnectionCheck check) {
            settingsStore = store;
            connectionCheck = check;
            return this;
        }

        public Builder supportBundle(SupportBundleWriter value) {
            supportBundle = value;
            return this;
        }

        /** The quick keys and the store's tax policy for the Charge screen's sale. */
        public Builder selling(QuickKeys keys, TaxPolicy tax) {
            quickKeys = keys;
            taxPolicy = tax;
            return this;
        }

        public Builder receipts(Receipts value) {
            receipts = value;
            return this;
        }

        public Builder till(Till value) {
            till = value;
            return this;
        }

        public Builder paypayFiles(TransactionFiles value) {
            paypayFiles = value;
            return this;
        }

        public Builder hqSync(HqSyncSource value) {
            hqSync = value;
            return this;
        }

        /** A day's takings per tender and tax rate (End of day). */
        public Builder takings(AccountingExport value) {
            takings = value;
            return this;
        }

        /** Cash sales: the Charge screen's Cash key (and split tender). */
        public Builder cash(CashSales value) {
            cash = value;
            return this;
        }

        public UiServices build() {
            ManagerPinGuard pins = managerPin != null ? managerPin : ManagerPinGuard.inMemory(managerPinHash, mode == PayPayMode.SIMULATOR);
            return new UiServices(checkouts, recentPayments, storeName, locale, mode, preAuthEnabled,
                    autoReturnAfter, customerDisplayIndex, pins, counter, Optional.ofNullable(history),
                    Optional.ofNullable(operations), Optional.ofNullable(customers),
                    Optional.ofNullable(settingsStore), Optional.ofNullable(connectionCheck),
                    Optional.ofNullable(supportBundle), quickKeys, taxPolicy, Optional.ofNullable(receipts),
                    Optional.ofNullable(till), Optional.ofNullable(paypayFiles), Optional.ofNullable(hqSync),
                    Optional.ofNullable(cash), Optional.ofNullable(takings));
        }
    }
}
