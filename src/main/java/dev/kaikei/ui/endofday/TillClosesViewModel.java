package dev.kaikei.ui.endofday;

import dev.kaikei.till.CloseSummary;
import dev.kaikei.till.Till;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** End of day's till panel: the day's closes (精算) with cash expected and counted, beside PayPay's net. */
public final class TillClosesViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of(
            "Asia/Tokyo"));

    private final Till till;
    private final Messages messages;
    private final DayPanel panel;
    private final ObjectProperty<LocalDate> day;
    private final ReadOnlyObjectWrapper<StatusMessage> summary;
    private final ObservableList<String> rows = FXCollections.observableArrayList();

    public TillClosesViewModel(Till till, TaskRunner tasks, Messages messages) {
        this.till = till;
        this.messages = messages;
        this.panel = new DayPanel(this, tasks, messages);
        this.day = panel.day();
        this.summary = panel.summary();
    }

    public void load() {
        panel.load(till::closesOn, this::show, "tillCloses.error");
    }

    private void show(List<CloseSummary> closes) {
        summary.set(closes.isEmpty() ? StatusMessage.neutral(messages.get("tillCloses.none"))
                : closes.stream().anyMatch(c -> c.overShort() != 0)
                ? StatusMessage.warning(messages.get("tillCloses.overShort"))
                : StatusMessage.success(messages.get("tillCloses.right")));
        rows.setAll(closes.stream().map(c -> messages.format("tillCloses.row", c.zNumber(), TIME.format(c.closedAt()),
                Yen.format(c.paypayNet()), Yen.format(c.cashSales()), Yen.format(c.expectedCash()),
                Yen.format(c.countedCash()), Yen.format(c.overShort()))).toList());
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<StatusMessage> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}
