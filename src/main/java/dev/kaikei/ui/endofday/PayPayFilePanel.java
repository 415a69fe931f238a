package dev.kaikei.ui.endofday;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** End of day's PayPay file panel: the latest match, its differences, and "Match PayPay file…". */
public final class PayPayFilePanel extends VBox {

    public PayPayFilePanel(PayPayFileViewModel viewModel, Messages messages) {
        super(6);
        setId("paypay-file-panel");
        getStyleClass().add("paypay-file-panel");
        Label title = new Label(messages.get("paypayFile.title"));
        title.getStyleClass().add("section-title");
        Button match = new Button(messages.get("paypayFile.match"));
        match.setId("paypay-file-match");
        match.disableProperty().bind(viewModel.busyProperty());
        match.setOnAction(e -> viewModel.matchFile());
        HBox bar = new HBox(12, title, match);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new StatusLabel("paypay-file-summary", "paypay-file-summary", viewModel.summaryProperty());
        ListView<String> rows = new ListView<>(viewModel.rows());
        rows.setId("paypay-file-differences");
        rows.setFixedCellSize(24);
        rows.setPrefHeight(100);
        rows.setMinHeight(Region.USE_PREF_SIZE);
        rows.visibleProperty().bind(viewModel.differsProperty());
        rows.managedProperty().bind(rows.visibleProperty());
        getChildren().addAll(bar, summary, rows);
    }
}
