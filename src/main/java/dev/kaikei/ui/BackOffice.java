package dev.kaikei.ui;

import dev.kaikei.payment.CustomerService;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.ui.history.HistoryService;
import dev.kaikei.ui.history.PaymentOperations;
import dev.kaikei.ui.settings.ConnectionCheck;
import dev.kaikei.ui.settings.SettingsStore;
import dev.kaikei.ui.settings.SupportBundleWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * What the History, End-of-day and Settings screens need; a screen whose service is missing stays disabled in the
 * navigation rail.
 *
 * @param history         the read side (History, Needs attention, End of day, CSV export)
 * @param operations      cancel / refund / capture / revert (History's actions; absent = read-only history)
 * @param settings        the settings file and its validation
 * @param connectionCheck the "Test connection" self-check
 * @param customers       linked customers (account link, direct-debit charges, unlink)
 * @param supportBundle   writes the support zip (Settings' "Support bundle" button)
 */
public record BackOffice(Optional<HistoryService> history, Optional<PaymentOperations> operations,
                         Optional<SettingsStore> settings, Optional<ConnectionCheck> connectionCheck,
                         Optional<CustomerService> customers, Optional<SupportBundleWriter> supportBundle) {

    public BackOffice {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connectionCheck, "connectionCheck");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(supportBundle, "supportBundle");
    }

    /** No back office: only the Charge screen. */
    public static BackOffice none() {
        return new BackOffice(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** History, actions and linked customers from the payment engine, without settings. */
    public static BackOffice of(PaymentEngine engine) {
        return none().withPayments(HistoryService.of(engine), PaymentOperations.of(engine))
                .withCustomers(engine.customers());
    }

    public BackOffice withPayments(HistoryService history, PaymentOperations operations) {
        return new BackOffice(Optional.of(history), Optional.ofNullable(operations), settings, connectionCheck,
                customers, supportBundle);
    }

    public BackOffice withSettings(SettingsStore store, ConnectionCheck check) {
        return new BackOffice(history, operations, Optional.of(store), Optional.ofNullable(check), customers,
                supportBundle);
    }

    public BackOffice withCustomers(CustomerService service) {
        return new BackOffice(history, operations, settings, connectionCheck, Optional.of(service), supportBundle);
    }

    public BackOffice withSupportBundle(SupportBundleWriter writer) {
        return new BackOffice(history, operations, settings, connectionCheck, customers, Optional.of(writer));
    }
}
