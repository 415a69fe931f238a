package dev.kaikei.ui.endofday;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** End of day's takings panel: PayPay and cash side by side per tax rate, refunds, net and tax. */
public final class TakingsPanel extends VBox {

    private final GridPane grid = new GridPane();
    private final TakingsViewModel viewModel;
    private final Messages messages;

    public TakingsPanel(TakingsViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("takings-panel");
        Label title = new Label(messages.get("takings.title"));
        title.getStyleClass().add("section-title");
        Label summary = new StatusLabel("takings-summary", "takings-summary", viewModel.summaryProperty());
        grid.setId("takings");
        grid.getStyleClass().add("totals");
        grid.setHgap(24);
        for (int c = 0; c < 6; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(col);
        }
        viewModel.rows().addListener((ListChangeListener<TakingsViewModel.Row>) c -> showRows());
        grid.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.rows()));
        grid.managedProperty().bind(grid.visibleProperty());
        getChildren().addAll(title, summary, grid);
    }

    private void showRows() {
        grid.getChildren().clear();
        List<String> head = List.of("takings.head.rate", "takings.head.paypay", "takings.head.cash",
                "takings.head.refunds", "takings.head.net", "takings.head.tax");
        for (int c = 0; c < head.size(); c++) {
            Label h = new Label(messages.get(head.get(c)));
            h.getStyleClass().add("muted");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (TakingsViewModel.Row row : viewModel.rows()) {
            List<String> cells = List.of(row.rate(), row.paypay(), row.cash(), row.refunds(), row.net(), row.tax());
            for (int c = 0; c < cells.size(); c++) {
                Label cell = new Label(cells.get(c));
                cell.setId("takings-" + r + "-" + c);
                grid.add(cell, c, r);
            }
            r++;
        }
    }
}
