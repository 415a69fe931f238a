package dev.kaikei.ui.endofday;

import dev.kaikei.accounting.AccountingExport;
import dev.kaikei.accounting.DayTakings;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TenderKind;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * End of day's takings: PayPay and cash side by side, per tax rate, with what went back and the net — the same figures
 * the accounting export books.
 */
public final class TakingsViewModel {

    /**
     * One row: a tax rate (or the total) and its yen, ready to show.
     *
     * @param tax the consumption tax inside the net
     */
    public record Row(String rate, String paypay, String cash, String refunds, String net, String tax) {
    }

    private final AccountingExport takings;
    private final Messages messages;
    private final DayPanel panel;
    private final ObjectProperty<LocalDate> day;
    private final ReadOnlyObjectWrapper<StatusMessage> summary;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** One read-only view, kept: a new wrapper per call would drop its listeners when collected. */
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);

    public TakingsViewModel(AccountingExport takings, TaskRunner tasks, Messages messages) {
        this.takings = takings;
        this.messages = messages;
        this.panel = new DayPanel(this, tasks, messages);
        this.day = panel.day();
        this.summary = panel.summary();
    }

    public void load() {
        panel.load(takings::takings, this::show, "takings.error");
    }

    private void show(DayTakings t) {
        List<Row> shown = new ArrayList<>();
        long[] total = new long[5];
        for (TaxRate rate : TaxRate.values()) {
            long paypay = t.sold(TenderKind.PAYPAY, rate).gross();
            long cash = t.sold(TenderKind.CASH, rate).gross();
            long back = t.refunded(TenderKind.PAYPAY, rate).gross() + t.refunded(TenderKind.CASH, rate).gross();
            long tax = t.sold(TenderKind.PAYPAY, rate).tax() + t.sold(TenderKind.CASH, rate).tax()
                    - t.refunded(TenderKind.PAYPAY, rate).tax() - t.refunded(TenderKind.CASH, rate).tax();
            if (paypay == 0 && cash == 0 && back == 0) {
                continue;
            }
            long[] r = {paypay, cash, back, paypay + cash - back, tax};
            for (int i = 0; i < r.length; i++) {
                total[i] += r[i];
            }
            shown.add(row(messages.format("takings.rate", rate.percent()), r));
        }
        if (!shown.isEmpty()) {
            shown.add(row(messages.get("takings.total"), total));
        }
        rows.setAll(shown);
        summary.set(shown.isEmpty() ? StatusMessage.neutral(messages.get("takings.none")) : StatusMessage.NONE);
    }

    private static Row row(String label, long[] r) {
        return new Row(label, Yen.format(r[0]), Yen.format(r[1]), r[2] == 0 ? Yen.format(0) : "−" + Yen.format(r[2]),
                Yen.format(r[3]), Yen.format(r[4]));
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<StatusMessage> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One row per tax rate with money, then the total; empty when the day took nothing. */
    public ObservableList<Row> rows() {
        return rowsView;
    }
}
