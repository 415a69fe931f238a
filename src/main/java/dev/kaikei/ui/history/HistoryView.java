package dev.kaikei.ui.history;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Columns;
import dev.kaikei.ui.common.IsoDates;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.Theme;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
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

    private final HistoryViewModel viewModel;
    private final Messages messages;
    private final Columns columns;
    private final TableView<PaymentRow> table;
    private final TableView<PaymentRow> attentionTable;

    public HistoryView(HistoryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.columns = new Columns(messages);
        getStyleClass().add("history-view");
        setId("history-view");
        Theme.styleNextTo(this, HistoryView.class);

        table = paymentTable("history-table", viewModel.rows(), "history.empty");
        attentionTable = paymentTable("attention-table", viewModel.attention().rows(), "attention.empty");
        setTop(new VBox(filterBar(), ReceiptBar.queue(viewModel.receipts(), messages)));
        SplitPane split = new SplitPane(lists(), new PaymentDetailView(viewModel.detail(), viewModel.actions(),
                ReceiptBar.forPayment(viewModel.receipts(), messages), messages));
        split.setDividerPositions(0.47);
        // Side by side where the list keeps all its columns; on a narrow window (a tablet, or a large scaling) the
        // detail goes under the list instead of squeezing it.
        split.widthProperty().addListener((obs, old, width) -> {
            Orientation fits = width.doubleValue() >= SIDE_BY_SIDE_WIDTH ? Orientation.HORIZONTAL
                    : Orientation.VERTICAL;
            if (split.getOrientation() != fits) {
                split.setOrientation(fits);
                split.setDividerPositions(fits == Orientation.HORIZONTAL ? 0.47 : 0.55);
            }
        });
        setCenter(split);
    }

    /** The list's five columns at their narrowest plus a readable detail pane. */
    private static final double SIDE_BY_SIDE_WIDTH = 980;

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
        Button go = new Button(messages.get("history.search.button"));
        go.setId("history-search-button");
        go.setDefaultButton(false);
        go.setOnAction(e -> viewModel.refresh());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.loadingProperty());

        // Buttons and pickers keep their text whole; on a narrow window the bar wraps onto a second line.
        for (Region keep : List.of(day, today, state, go)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setPrefColumnCount(18);
        FlowPane bar = new FlowPane(8, 8, day, today, state, search, go, progress);
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
        resolve.getStyleClass().add(Styles.ACCENT);
        resolve.disableProperty().bind(viewModel.attention().resolvingProperty());
        resolve.setOnAction(e -> viewModel.attention().resolveNow());
        Label resolveMessage = new Label();
        resolveMessage.setId("resolve-message");
        resolveMessage.setWrapText(true);
        resolveMessage.textProperty().bind(viewModel.attention().resolveMessageProperty());
        Label explain = new Label(messages.get("attention.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        VBox attention = new VBox(8, explain, new HBox(12, resolve, resolveMessage), attentionTable);
        VBox.setVgrow(attentionTable, Priority.ALWAYS);
        Tab attentionTab = new Tab();
        attentionTab.setId("tab-attention");
        attentionTab.setContent(attention);
        attentionTab.textProperty().bind(Bindings.createStringBinding(() -> messages.format("history.tab.attention",
                viewModel.attention().countProperty().get()), viewModel.attention().countProperty()));

        TabPane tabs = new TabPane(paymentsTab, attentionTab);
        tabs.setId("history-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("history-tabs");
        SplitPane.setResizableWithParent(tabs, true);
        return tabs;
    }

    private TableView<PaymentRow> paymentTable(String id, ObservableList<PaymentRow> items, String emptyKey) {
        TableView<PaymentRow> t = new TableView<>(items);
        t.setId(id);
        t.getStyleClass().add("payment-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(columns.text("history.column.time", PaymentRow::time, 86));
        TableColumn<PaymentRow, String> amount = columns.text("history.column.amount", PaymentRow::amount, 84);
        amount.getStyleClass().add("amount-column");
        t.getColumns().add(amount);
        t.getColumns().add(columns.text("history.column.state", PaymentRow::stateText, 100));
        t.getColumns().add(columns.text("history.column.paypayId", PaymentRow::paypayId, 100));
        t.getColumns().add(columns.text("history.column.description", PaymentRow::description, 120));
        Columns.fillOrScroll(t);
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true);
        t.setPlaceholder(empty);
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

    /** The list's selection, for the shell (keyboard) and tests. */
    public TableView<PaymentRow> table() {
        return table;
    }

    public TableView<PaymentRow> attentionTable() {
        return attentionTable;
    }
}
