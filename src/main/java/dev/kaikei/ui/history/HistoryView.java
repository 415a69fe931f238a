package dev.kaikei.ui.history;

import dev.kaikei.ui.common.Columns;
import dev.kaikei.ui.common.IsoDates;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.StyleClasses;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.Tone;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The History screen: filter bar (business day, state, search by id or amount), the list and the "Needs attention"
 * tab on the left, the selected payment's detail, actions and PayPay call trail on the right. Only binds to
 * {@link HistoryViewModel}.
 */
public final class HistoryView extends BorderPane {

    private static final List<String> TONES = Arrays.stream(Tone.values()).map(Tone::styleClass).toList();

    private final HistoryViewModel viewModel;
    private final Messages messages;
    private final TableView<PaymentRow> table;
    private final TableView<PaymentRow> attentionTable;

    public HistoryView(HistoryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("history-view");
        setId("history-view");
        Theme.styleNextTo(this, HistoryView.class);

        table = paymentTable("history-table", viewModel.rows());
        attentionTable = paymentTable("attention-table", viewModel.attentionRows());
        setTop(filterBar());
        SplitPane split = new SplitPane(lists(), detailPane());
        split.setDividerPositions(0.47);
        setCenter(split);
    }

    private Node filterBar() {
        DatePicker day = new DatePicker();
        day.setId("history-day");
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setConverter(IsoDates.CONVERTER);
        day.setPrefWidth(160);

        Button today = new Button(messages.get("history.today"));
        today.setId("history-today");
        today.setOnAction(e -> viewModel.today());

        ComboBox<HistoryViewModel.StateFilter> state = new ComboBox<>();
        state.setId("history-state");
        state.getItems().setAll(HistoryViewModel.StateFilter.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistoryViewModel.StateFilter f) {
                return f == null ? "" : messages.get(f.messageKey());
            }

            @Override
            public HistoryViewModel.StateFilter fromString(String s) {
                return null;
            }
        });
        state.valueProperty().bindBidirectional(viewModel.stateFilterProperty());

        TextField search = new TextField();
        search.setId("history-search");
        search.setPromptText(messages.get("history.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnAction(e -> viewModel.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button go = new Button(messages.get("history.search.button"));
        go.setId("history-search-button");
        go.setDefaultButton(false);
        go.setOnAction(e -> viewModel.refresh());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.loadingProperty());

        HBox bar = new HBox(8, day, today, state, search, go, progress);
        bar.getStyleClass().add("filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node lists() {
        Label count = new Label();
        count.setId("history-message");
        count.getStyleClass().add("list-message");
        count.textProperty().bind(viewModel.listMessageProperty());
        VBox payments = new VBox(6, count, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab paymentsTab = new Tab(messages.get("history.tab.payments"), payments);
        paymentsTab.setId("tab-payments");

        Button resolve = new Button(messages.get("attention.resolve"));
        resolve.setId("resolve-button");
        resolve.getStyleClass().add("accent");
        resolve.disableProperty().bind(viewModel.resolvingProperty());
        resolve.setOnAction(e -> viewModel.resolveNow());
        Label resolveMessage = new Label();
        resolveMessage.setId("resolve-message");
        resolveMessage.setWrapText(true);
        resolveMessage.textProperty().bind(viewModel.resolveMessageProperty());
        Label explain = new Label(messages.get("attention.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        VBox attention = new VBox(8, explain, new HBox(12, resolve, resolveMessage), attentionTable);
        VBox.setVgrow(attentionTable, Priority.ALWAYS);
        Tab attentionTab = new Tab();
        attentionTab.setId("tab-attention");
        attentionTab.setContent(attention);
        attentionTab.textProperty().bind(Bindings.createStringBinding(() -> messages.format("history.tab.attention",
                viewModel.attentionCountProperty().get()), viewModel.attentionCountProperty()));

        TabPane tabs = new TabPane(paymentsTab, attentionTab);
        tabs.setId("history-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("history-tabs");
        SplitPane.setResizableWithParent(tabs, true);
        return tabs;
    }

    private TableView<PaymentRow> paymentTable(String id, javafx.collections.ObservableList<PaymentRow> items) {
        TableView<PaymentRow> t = new TableView<>(items);
        t.setId(id);
        t.getStyleClass().add("payment-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("history.column.time", PaymentRow::time, 86));
        TableColumn<PaymentRow, String> amount = column("history.column.amount", PaymentRow::amount, 84);
        amount.getStyleClass().add("amount-column");
        t.getColumns().add(amount);
        t.getColumns().add(column("history.column.state", PaymentRow::stateText, 100));
        t.getColumns().add(column("history.column.paypayId", PaymentRow::paypayId, 100));
        t.getColumns().add(column("history.column.description", PaymentRow::description, 120));
        t.setPlaceholder(new Label(messages.get("history.empty")));
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(PaymentRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(c -> c.startsWith("state-"));
                if (!empty && row != null) {
                    getStyleClass().add("state-" + StateText.key(row.paymentState()));
                }
            }
        });
        // Items are replaced on every reload: keep the selected payment selected, and never clear the detail for it.
        t.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now.merchantPaymentId());
            }
        });
        items.addListener((ListChangeListener<PaymentRow>) c -> reselect(t));
        return t;
    }

    private void reselect(TableView<PaymentRow> t) {
        String id = viewModel.selectedIdProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < t.getItems().size(); i++) {
            if (t.getItems().get(i).merchantPaymentId().equals(id)) {
                t.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** A text column titled by the message {@code key}. */
    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return Columns.text(messages.get(key), value, width);
    }

    private Node detailPane() {
        Label placeholder = new Label(messages.get("history.detail.none"));
        placeholder.getStyleClass().add("muted");
        placeholder.visibleProperty().bind(viewModel.detailShownProperty().not());
        placeholder.managedProperty().bind(placeholder.visibleProperty());

        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(viewModel.detailTitleProperty());
        Label state = new Label();
        state.setId("detail-state");
        state.getStyleClass().add("detail-state");
        state.textProperty().bind(viewModel.detailStateProperty());

        GridPane info = new GridPane();
        info.getStyleClass().add("detail-info");
        info.setId("detail-info");
        viewModel.info().addListener((ListChangeListener<HistoryViewModel.InfoLine>) c -> fillInfo(info));
        fillInfo(info);

        Label note = new Label();
        note.setId("action-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.actionNoteProperty());

        Label result = new Label();
        result.setId("action-message");
        result.getStyleClass().add("action-message");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.actionMessageProperty());
        viewModel.actionToneProperty().addListener((obs, old, now) -> StyleClasses.choose(result, TONES,
                now.styleClass()));

        Label opsTitle = sectionTitle("history.detail.operations");
        VBox ops = new VBox(2);
        ops.setId("detail-operations");
        viewModel.operationRows().addListener((ListChangeListener<HistoryViewModel.OperationRow>) c -> fillOps(ops));
        opsTitle.visibleProperty().bind(Bindings.isNotEmpty(viewModel.operationRows()));
        opsTitle.managedProperty().bind(opsTitle.visibleProperty());

        TableView<HistoryViewModel.EventRow> trail = new TableView<>(viewModel.events());
        trail.setId("events-table");
        trail.getStyleClass().add("events-table");
        // Seven columns of ids and codes: scroll sideways rather than cut every one of them short.
        trail.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        trail.getColumns().add(column("history.event.time", HistoryViewModel.EventRow::time, 72));
        trail.getColumns().add(column("history.event.operation", HistoryViewModel.EventRow::operation, 190));
        trail.getColumns().add(column("history.event.http", HistoryViewModel.EventRow::http, 60));
        trail.getColumns().add(column("history.event.outcome", HistoryViewModel.EventRow::outcomeText, 84));
        trail.getColumns().add(column("history.event.code", HistoryViewModel.EventRow::resultCode, 200));
        trail.getColumns().add(column("history.event.latency", HistoryViewModel.EventRow::latency, 84));
        trail.getColumns().add(column("history.event.requestId", HistoryViewModel.EventRow::requestId, 290));
        trail.setPrefHeight(220);
        trail.setMinHeight(140);

        title.setWrapText(true);
        VBox detail = new VBox(10, new VBox(2, title, state), info, actions(), note, result, opsTitle, ops,
                sectionTitle("history.detail.calls"), trail);
        detail.getStyleClass().add("detail-body");
        detail.visibleProperty().bind(viewModel.detailShownProperty());
        detail.managedProperty().bind(detail.visibleProperty());
        VBox pane = new VBox(placeholder, detail);
        pane.setId("history-detail");
        pane.getStyleClass().add("detail-pane");
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node actions() {
        Button cancel = actionButton("history.action.cancel", "cancel-payment-button", HistoryViewModel.Action.CANCEL,
                viewModel.canCancelProperty());
        cancel.getStyleClass().add("danger");

        TextField refundAmount = amountField("refund-amount", viewModel.refundAmountProperty());
        Button refund = actionButton("history.action.refund", "refund-button", HistoryViewModel.Action.REFUND,
                viewModel.canRefundProperty());
        HBox refundBox = shownWhen(new HBox(8, refundAmount, refund), viewModel.canRefundProperty());

        TextField captureAmount = amountField("capture-amount", viewModel.captureAmountProperty());
        Button capture = actionButton("history.action.capture", "capture-button", HistoryViewModel.Action.CAPTURE,
                viewModel.canCaptureProperty());
        capture.getStyleClass().add("accent");
        HBox captureBox = shownWhen(new HBox(8, captureAmount, capture), viewModel.canCaptureProperty());

        Button revert = actionButton("history.action.revert", "revert-button", HistoryViewModel.Action.REVERT,
                viewModel.canRevertProperty());

        HBox box = new HBox(12, captureBox, revert, refundBox, cancel);
        box.setId("detail-actions");
        box.getStyleClass().add("detail-actions");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button actionButton(String key, String id, HistoryViewModel.Action action, ObservableBooleanValue can) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.getStyleClass().add("action-button");
        b.setOnAction(e -> viewModel.act(action));
        b.disableProperty().bind(viewModel.actingProperty());
        shownWhen(b, can);
        return b;
    }

    private TextField amountField(String id, javafx.beans.property.StringProperty value) {
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
        for (HistoryViewModel.InfoLine line : viewModel.info()) {
            Label k = new Label(line.label());
            k.getStyleClass().add("info-label");
            Label v = new Label(line.value());
            v.getStyleClass().add("info-value");
            v.setWrapText(true);
            grid.addRow(r++, k, v);
        }
    }

    private void fillOps(VBox box) {
        box.getChildren().setAll(viewModel.operationRows().stream().map(o -> {
            Label l = new Label(o.time() + "  " + o.kindText() + "  " + o.amount() + "  " + o.stateText()
                    + (o.resultCode().isEmpty() ? "" : "  " + o.resultCode()));
            l.getStyleClass().add("operation-line");
            return (Node) l;
        }).toList());
    }

    /** The list's selection, for the shell (keyboard) and tests. */
    public TableView<PaymentRow> table() {
        return table;
    }

    public TableView<PaymentRow> attentionTable() {
        return attentionTable;
    }
}
