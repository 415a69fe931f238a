package dev.kaikei.ui.history;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Columns;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * History's right-hand pane: the selected payment's detail, the actions its rules allow now and its PayPay call trail.
 * Only binds to {@link PaymentDetailModel} and {@link PaymentActionsModel}.
 */
final class PaymentDetailView extends ScrollPane {

    private final PaymentDetailModel detail;
    private final PaymentActionsModel actions;
    private final Messages messages;
    private final Columns columns;
    private final Node receipts;

    /** @param receipts the payment's receipt buttons, under its actions */
    PaymentDetailView(PaymentDetailModel detail, PaymentActionsModel actions, Node receipts, Messages messages) {
        this.detail = detail;
        this.actions = actions;
        this.receipts = receipts;
        this.messages = messages;
        this.columns = new Columns(messages);
        setContent(detailPane());
        setFitToWidth(true);
    }

    private Node detailPane() {
        Label placeholder = new Label(messages.get("history.detail.none"));
        placeholder.getStyleClass().add("muted");
        placeholder.visibleProperty().bind(detail.shownProperty().not());
        placeholder.managedProperty().bind(placeholder.visibleProperty());

        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(detail.titleProperty());
        Label state = new Label();
        state.setId("detail-state");
        state.getStyleClass().add("detail-state");
        state.textProperty().bind(detail.stateTextProperty());

        GridPane info = new GridPane();
        info.getStyleClass().add("detail-info");
        info.setId("detail-info");
        detail.info().addListener((ListChangeListener<PaymentDetailModel.InfoLine>) c -> fillInfo(info));
        fillInfo(info);

        Label note = new Label();
        note.setId("action-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.textProperty().bind(actions.noteProperty());

        Label result = new StatusLabel("action-message", "action-message", actions.statusProperty());

        Label opsTitle = sectionTitle("history.detail.operations");
        VBox ops = new VBox(2);
        ops.setId("detail-operations");
        detail.operationRows().addListener((ListChangeListener<PaymentDetailModel.OperationRow>) c -> fillOps(ops));
        opsTitle.visibleProperty().bind(Bindings.isNotEmpty(detail.operationRows()));
        opsTitle.managedProperty().bind(opsTitle.visibleProperty());

        TableView<PaymentDetailModel.EventRow> trail = new TableView<>(detail.events());
        trail.setId("events-table");
        trail.getStyleClass().add("events-table");
        // Seven columns of ids and codes: scroll sideways rather than cut every one of them short.
        trail.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        trail.getColumns().add(columns.text("history.event.time", PaymentDetailModel.EventRow::time, 72));
        trail.getColumns().add(columns.text("history.event.operation", PaymentDetailModel.EventRow::operation, 190));
        trail.getColumns().add(columns.text("history.event.http", PaymentDetailModel.EventRow::http, 60));
        trail.getColumns().add(columns.text("history.event.outcome", PaymentDetailModel.EventRow::outcomeText, 84));
        trail.getColumns().add(columns.text("history.event.code", PaymentDetailModel.EventRow::resultCode, 200));
        trail.getColumns().add(columns.text("history.event.latency", PaymentDetailModel.EventRow::latency, 84));
        trail.getColumns().add(columns.text("history.event.requestId", PaymentDetailModel.EventRow::requestId, 290));
        trail.setPrefHeight(220);
        trail.setMinHeight(140);

        title.setWrapText(true);
        VBox body = new VBox(10, new VBox(2, title, state), info, actionBar(), note, result, receipts, opsTitle, ops,
                sectionTitle("history.detail.calls"), trail);
        body.getStyleClass().add("detail-body");
        body.visibleProperty().bind(detail.shownProperty());
        body.managedProperty().bind(body.visibleProperty());
        VBox pane = new VBox(placeholder, body);
        pane.setId("history-detail");
        pane.getStyleClass().add("detail-pane");
        return pane;
    }

    private Node actionBar() {
        Button cancel = actionButton("history.action.cancel", "cancel-payment-button", PaymentActionsModel.Action.CANCEL,
                actions.canCancelProperty());
        cancel.getStyleClass().add(Styles.DANGER);

        TextField refundAmount = amountField("refund-amount", actions.refundAmountProperty());
        Button refund = actionButton("history.action.refund", "refund-button", PaymentActionsModel.Action.REFUND,
                actions.canRefundProperty());
        HBox refundBox = shownWhen(new HBox(8, refundAmount, refund), actions.canRefundProperty());

        TextField captureAmount = amountField("capture-amount", actions.captureAmountProperty());
        Button capture = actionButton("history.action.capture", "capture-button", PaymentActionsModel.Action.CAPTURE,
                actions.canCaptureProperty());
        capture.getStyleClass().add(Styles.ACCENT);
        HBox captureBox = shownWhen(new HBox(8, captureAmount, capture), actions.canCaptureProperty());

        Button revert = actionButton("history.action.revert", "revert-button", PaymentActionsModel.Action.REVERT,
                actions.canRevertProperty());

        HBox box = new HBox(12, captureBox, revert, refundBox, cancel);
        box.setId("detail-actions");
        box.getStyleClass().add("detail-actions");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button actionButton(String key, String id, PaymentActionsModel.Action action, ObservableBooleanValue can) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.getStyleClass().add("action-button");
        b.setOnAction(e -> actions.act(action));
        b.disableProperty().bind(actions.actingProperty());
        shownWhen(b, can);
        return b;
    }

    private TextField amountField(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.getStyleClass().add("amount-field");
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(value);
        f.setPromptText("¥");
        return f;
    }

    private static <T extends Region> T shownWhen(T node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private Label sectionTitle(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private void fillInfo(GridPane grid) {
        grid.getChildren().clear();
        int r = 0;
        for (PaymentDetailModel.InfoLine line : detail.info()) {
            Label k = new Label(line.label());
            k.getStyleClass().add("info-label");
            Label v = new Label(line.value());
            v.getStyleClass().add("info-value");
            v.setWrapText(true);
            grid.addRow(r++, k, v);
        }
    }

    private void fillOps(VBox box) {
        box.getChildren().setAll(detail.operationRows().stream().map(o -> {
            Label l = new Label(o.time() + "  " + o.kindText() + "  " + o.amount() + "  " + o.stateText()
                    + (o.resultCode().isEmpty() ? "" : "  " + o.resultCode()));
            l.getStyleClass().add("operation-line");
            return (Node) l;
        }).toList());
    }
}
