package dev.kaikei.ui.endofday;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** End of day's till panel: each close of the day with PayPay and cash side by side. */
public final class TillClosesPanel extends VBox {

    public TillClosesPanel(TillClosesViewModel viewModel, Messages messages) {
        super(6);
        setId("till-closes-panel");
        Label title = new Label(messages.get("tillCloses.title"));
        title.getStyleClass().add("section-title");
        Label summary = new StatusLabel("till-closes-summary", "till-closes-summary", viewModel.summaryProperty());
        ListView<String> rows = new ListView<>(viewModel.rows());
        rows.setId("till-closes");
        rows.setFixedCellSize(24);
        rows.setPrefHeight(60);
        rows.setMinHeight(Region.USE_PREF_SIZE);
        rows.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.rows()));
        rows.managedProperty().bind(rows.visibleProperty());
        getChildren().addAll(title, summary, rows);
    }
}
