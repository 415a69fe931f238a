package dev.kaikei.ui.endofday;

import dev.kaikei.payment.DayTotals;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.FileDialog;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.PaymentRows;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The end-of-day (Z) report of one business day (Asia/Tokyo): sales, cancels, refunds, net, and the items still
 * unresolved, plus the CSV export. Every query runs in the background.
 */
public final class EndOfDayViewModel {

    private static final int MAX_LISTED = 500;

    private record Report(DayTotals totals, List<PaymentSummary> unresolved) {
    }

    private final HistoryService history;
    private final FileDialog files;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final PaymentRows format;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ReadOnlyStringWrapper sales = new ReadOnlyStringWrapper(this, "sales", "");
    private final ReadOnlyStringWrapper gross = new ReadOnlyStringWrapper(this, "gross", "");
    private final ReadOnlyStringWrapper cancels = new ReadOnlyStringWrapper(this, "cancels", "");
    private final ReadOnlyStringWrapper refunds = new ReadOnlyStringWrapper(this, "refunds", "");
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper(this, "net", "");
    private final ReadOnlyStringWrapper unresolved = new ReadOnlyStringWrapper(this, "unresolved", "");
    private final ReadOnlyBooleanWrapper hasUnresolved = new ReadOnlyBooleanWrapper(this, "hasUnresolved");
    private final ObservableList<PaymentRow> unresolvedRows = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> unresolvedRowsView =
            FXCollections.unmodifiableObservableList(unresolvedRows);
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private long generation;

    public EndOfDayViewModel(HistoryService history, FileDialog files, TaskRunner tasks, Messages messages,
                             Clock clock) {
        this.history = history;
        this.files = files;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.format = new PaymentRows(messages);
        day.set(PaymentRows.businessDay(clock.instant()));
        day.addListener((obs, old, now) -> load());
    }

    /** Loads the totals and unresolved items of the chosen day. */
    public void load() {
        LocalDate d = day.get();
        if (d == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        // Only the latest day's answer counts: the cashier may pick another day while one loads.
        tasks.task(() -> new Report(history.dayTotals(d), history.search(new HistoryQuery(null, null, d, d,
                        Set.of(), MAX_LISTED, 0)).stream().filter(p -> !p.isFinal() || p.attention().isPresent())
                        .toList()))
                .onSuccess(report -> {
                    if (mine == generation) {
                        show(report, d);
                    }
                }).onError(Exception.class, e -> {
                    if (mine == generation) {
                        status.set(StatusMessage.danger(messages.format("endOfDay.error.load", e.getMessage())));
                    }
                }).andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                }).start();
    }

    /** Back to today's business day. */
    public void today() {
        LocalDate now = PaymentRows.businessDay(clock.instant());
        if (now.equals(day.get())) {
            load();
        } else {
            day.set(now);
        }
    }

    private void show(Report r, LocalDate d) {
        DayTotals t = r.totals();
        sales.set(String.valueOf(t.salesCount()));
        gross.set(Yen.format(t.grossYen()));
        cancels.set(messages.format("endOfDay.countAndAmount", t.cancelCount(), Yen.format(t.cancelYen())));
        refunds.set(messages.format("endOfDay.countAndAmount", t.refundCount(), Yen.format(t.refundYen())));
        net.set(Yen.format(t.netYen()));
        unresolved.set(String.valueOf(t.unresolvedCount()));
        hasUnresolved.set(t.unresolvedCount() > 0 || !r.unresolved().isEmpty());
        unresolvedRows.setAll(r.unresolved().stream().map(p -> format.row(p, d)).toList());
        status.set(t.unresolvedCount() > 0 ? StatusMessage.neutral(messages.get("endOfDay.unresolvedWarning"))
                : StatusMessage.NONE);
    }

    /** Asks where to save, then writes the chosen day's CSV in the background. */
    public void export() {
        LocalDate d = day.get();
        if (d == null || exporting.get()) {
            return;
        }
        Optional<Path> target = files.saveFile(messages.get("endOfDay.export.title"), "kaikei-" + d + ".csv",
                FileDialog.FileType.CSV);
        if (target.isEmpty()) {
            return;
        }
        exporting.set(true);
        status.set(StatusMessage.neutral(messages.get("endOfDay.export.working")));
        tasks.task(() -> history.exportCsv(d, d, target.get()))
                .onSuccess(n -> status.set(StatusMessage.success(messages.format("endOfDay.export.done", n,
                        target.get().toString()))))
                .onError(Exception.class, e -> status.set(StatusMessage.danger(messages.format(
                        "endOfDay.export.failed", e.getMessage()))))
                .andFinally(() -> exporting.set(false)).start();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyStringProperty salesProperty() {
        return sales.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty grossProperty() {
        return gross.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cancelsProperty() {
        return cancels.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refundsProperty() {
        return refunds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unresolvedProperty() {
        return unresolved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasUnresolvedProperty() {
        return hasUnresolved.getReadOnlyProperty();
    }

    public ObservableList<PaymentRow> unresolvedRows() {
        return unresolvedRowsView;
    }

    /** The unresolved warning, or how the export went. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
