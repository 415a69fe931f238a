package dev.kaikei.ui.history;

import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRows;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.Yen;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** History's detail pane: the selected payment in words, its operations and its PayPay call trail. */
public final class PaymentDetailModel {

    /** One PayPay call of the event trail. */
    public record EventRow(String time, String operation, String http, String resultCode, String outcomeText,
                           String latency, String requestId) {
    }

    /** One cancel / refund / capture / revert of the payment. */
    public record OperationRow(String time, String kindText, String amount, String stateText, String resultCode) {
    }

    /** A label and value of the detail pane. */
    public record InfoLine(String label, String value) {
    }

    private final Messages messages;
    private final StateText states;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ObservableList<InfoLine> info = FXCollections.observableArrayList();
    private final ObservableList<OperationRow> operationRows = FXCollections.observableArrayList();
    private final ObservableList<EventRow> events = FXCollections.observableArrayList();
    // One read-only view each: a fresh wrapper per call would drop listeners once it is garbage collected.
    private final ObservableList<InfoLine> infoView = FXCollections.unmodifiableObservableList(info);
    private final ObservableList<OperationRow> operationRowsView =
            FXCollections.unmodifiableObservableList(operationRows);
    private final ObservableList<EventRow> eventsView = FXCollections.unmodifiableObservableList(events);

    PaymentDetailModel(Messages messages) {
        this.messages = messages;
        this.states = new StateText(messages);
    }

    void show(PaymentDetail d) {
        PaymentSummary p = d.summary();
        shown.set(true);
        title.set(Yen.format(p.amountYen()) + (p.description().isEmpty() ? "" : "  " + p.description()));
        stateText.set(states.of(p.state()));
        info.setAll(infoLines(d));
        operationRows.setAll(d.operations().stream().map(o -> new OperationRow(PaymentRows.time(o.createdAt()),
                states.of(o.kind()), Yen.format(o.amountYen()), states.of(o.state()),
                o.resultCode().orElse(""))).toList());
        events.setAll(d.calls().stream().map(c -> new EventRow(PaymentRows.time(c.at()), c.operation(),
                c.httpStatus() == 0 ? "—" : String.valueOf(c.httpStatus()), c.resultCode().orElse(""),
                c.outcome().name(), c.latencyMs() + " ms", c.requestId().orElse(""))).toList());
    }

    void clear() {
        shown.set(false);
    }

    private List<InfoLine> infoLines(PaymentDetail d) {
        PaymentSummary p = d.summary();
        List<InfoLine> lines = new ArrayList<>();
        lines.add(new InfoLine(messages.get("history.detail.created"), PaymentRows.dateTime(p.createdAt())));
        p.acceptedAt().ifPresent(t -> lines.add(new InfoLine(messages.get("history.detail.paidAt"),
                PaymentRows.dateTime(t))));
        lines.add(new InfoLine(messages.get("history.detail.merchantPaymentId"), p.merchantPaymentId()));
        p.paypayPaymentId().ifPresent(id -> lines.add(new InfoLine(messages.get("history.detail.paypayId"), id)));
        if (p.preAuthorize()) {
            lines.add(new InfoLine(messages.get("history.detail.captured"), Yen.format(p.capturedYen())));
        }
        if (p.refundedYen() > 0) {
            lines.add(new InfoLine(messages.get("history.detail.refunded"), Yen.format(p.refundedYen())));
        }
        d.terminalId().ifPresent(t -> lines.add(new InfoLine(messages.get("history.detail.terminal"), t)));
        d.lastRequestId().ifPresent(r -> lines.add(new InfoLine(messages.get("history.detail.requestId"), r)));
        p.attention().ifPresent(n -> lines.add(new InfoLine(messages.get("history.detail.attention"), n)));
        return lines;
    }

    /** False until a payment is selected (the pane shows a hint instead). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Amount and description. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ObservableList<InfoLine> info() {
        return infoView;
    }

    public ObservableList<OperationRow> operationRows() {
        return operationRowsView;
    }

    public ObservableList<EventRow> events() {
        return eventsView;
    }
}
