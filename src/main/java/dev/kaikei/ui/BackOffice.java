package dev.kaikei.ui;

import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.ui.history.HistoryService;
import dev.kaikei.ui.history.PaymentOperations;
import dev.kaikei.ui.settings.ConnectionCheck;
import dev.kaikei.ui.settings.SettingsStore;
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
 */
public record BackOffice(Optional<HistoryService> history, Optional<PaymentOperations> operations,
                         Optional<SettingsStore> settings, Optional<ConnectionCheck> connectionCheck) {

    public BackOffice {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connectionCheck, "connectionCheck");
    }

    /** No back office: only the Charge screen. */
    public static BackOffice none() {
        return new BackOffice(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** History and actions from the payment engine, without settings. */
    public static BackOffice of(PaymentEngine engine) {
        return none().withPayments(HistoryService.of(engine), PaymentOperations.of(engine));
    }

    public BackOffice withPayments(HistoryService history, PaymentOperations operations) {
        return new BackOffice(Optional.of(history), Optional.ofNullable(operations), settings, connectionCheck);
    }

    public BackOffice withSettings(SettingsStore store, ConnectionCheck check) {
        return new BackOffice(history, operations, Optional.of(store), Optional.ofNullable(check));
    }
}
