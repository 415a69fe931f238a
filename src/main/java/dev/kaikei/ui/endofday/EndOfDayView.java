package dev.kaikei.ui.endofday;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Columns;
import dev.kaikei.ui.common.IsoDates;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.Theme;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The End-of-day screen: business day picker, the day's totals, the unresolved items and Export CSV. */
public final class EndOfDayView extends VBox {

    private final EndOfDayViewModel viewModel;
    private final Messages messages;
    private int panels;
    private final Columns columns;

    public EndOfDayView(EndOfDayViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.columns = new Columns(messages);
        getStyleClass().add("end-of-day-view");
        setId("end-of-day-view");
        Theme.styleNextTo(this, EndOfDayView.class);

        DatePicker day = new DatePicker();
        day.setId("end-of-day-day");
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setConverter(IsoDates.CONVERTER);
        day.setPrefWidth(160);
        Button today = new Button(messages.get("history.today"));
        today.setId("end-of-day-today");
        today.setOnAction(e -> viewModel.today());
        Button export = new Button(messages.get("endOfDay.export.button"));
        export.setId("export-button");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(viewModel.exportingProperty());
        export.setOnAction(e -> viewModel.export());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.exportingProperty()));
        Label title = new Label(messages.get("endOfDay.title"));
        title.getStyleClass().add("screen-title");
        HBox bar = new HBox(10, title, day, today, progress, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");

        Label message = new StatusLabel("end-of-day-message", "end-of-day-message", viewModel.statusProperty());

        Label unresolvedTitle = new Label(messages.get("endOfDay.unresolvedList"));
        unresolvedTitle.getStyleClass().add("section-title");
        TableView<PaymentRow> list = new TableView<>(viewModel.unresolvedRows());
        list.setId("unresolved-table");
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getColumns().add(columns.text("history.column.time", PaymentRow::time, 100));
        list.getColumns().add(columns.text("history.column.amount", PaymentRow::amount, 100));
        list.getColumns().add(columns.text("history.column.state", PaymentRow::stateText, 140));
        list.getColumns().add(columns.text("history.column.id", PaymentRow::merchantPaymentId, 300));
        Columns.fillOrScroll(list);
        list.setPlaceholder(new Label(messages.get("endOfDay.noUnresolved")));
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(bar, totals(), message, unresolvedTitle, list);
    }

    /** Adds a panel under the totals (the till's closes, PayPay's transaction file), in the order added. */
    public void addPanel(VBox panel) {
        getChildren().add(2 + panels++, panel);
    }

    private Node totals() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("totals");
        grid.setId("totals");
        row(grid, 0, "endOfDay.sales", "total-sales", viewModel.salesProperty());
        row(grid, 1, "endOfDay.gross", "total-gross", viewModel.grossProperty());
        row(grid, 2, "endOfDay.cancels", "total-cancels", viewModel.cancelsProperty());
        row(grid, 3, "endOfDay.refunds", "total-refunds", viewModel.refundsProperty());
        Label net = row(grid, 4, "endOfDay.net", "total-net", viewModel.netProperty());
        net.getStyleClass().add("net");
        Label unresolved = row(grid, 5, "endOfDay.unresolved", "total-unresolved", viewModel.unresolvedProperty());
        viewModel.hasUnresolvedProperty().addListener((obs, was, now) -> {
            unresolved.getStyleClass().remove("tone-warning");
            if (now) {
                unresolved.getStyleClass().add("tone-warning");
            }
        });
        return grid;
    }

    private Label row(GridPane grid, int r, String key, String id, ReadOnlyStringProperty value) {
        Label k = new Label(messages.get(key));
        k.getStyleClass().add("total-label");
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().add("total-value");
        v.textProperty().bind(value);
        grid.addRow(r, k, v);
        return v;
    }
}
