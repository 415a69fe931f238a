package dev.kaikei.ui.charge;

import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.ui.charge.ChargeViewModel.RecentRow;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Charge screen's strip of the latest payments, so the cashier sees at a glance what just happened. */
final class RecentStrip {

    private static final Logger LOG = LoggerFactory.getLogger(RecentStrip.class);
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final RecentPayments recentPayments;
    private final TaskRunner tasks;
    private final StateText states;
    private final ObservableList<RecentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RecentRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    RecentStrip(RecentPayments recentPayments, TaskRunner tasks, Messages messages) {
        this.recentPayments = recentPayments;
        this.tasks = tasks;
        this.states = new StateText(messages);
    }

    /** Reloads the latest {@code count} payments in the background. */
    void refresh(int count) {
        tasks.task(() -> recentPayments.latest(count)).onSuccess(this::show)
                .onError(Exception.class, e -> LOG.warn("Could not load recent payments: {}", e.toString())).start();
    }

    ObservableList<RecentRow> rows() {
        return rowsView;
    }

    private void show(List<PaymentSummary> payments) {
        rows.setAll(payments.stream().map(this::row).toList());
    }

    private RecentRow row(PaymentSummary p) {
        return new RecentRow(TIME.format(p.createdAt().atZone(BUSINESS_ZONE)), Yen.format(p.amountYen()),
                p.description(), states.shortOf(p.state()), p.state());
    }
}
