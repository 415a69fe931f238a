package dev.kaikei.ui.till;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Till screen's cash refund: receipt number, yen and reason, then Hand back cash (manager PIN). */
public final class CashRefundPanel extends VBox {

    public CashRefundPanel(CashRefundViewModel viewModel, Messages messages) {
        super(8);
        setId("cash-refund-panel");
        Label title = new Label(messages.get("cashRefund.title"));
        title.getStyleClass().add("section-title");
        TextField receipt = field("cash-refund-receipt", messages.get("cashRefund.receipt.prompt"),
                viewModel.receiptProperty());
        TextField amount = field("cash-refund-amount", messages.get("till.amount.prompt"), viewModel.amountProperty());
        TextField reason = field("cash-refund-reason", messages.get("cashRefund.reason.prompt"),
                viewModel.reasonProperty());
        Button go = new Button(messages.get("cashRefund.button"));
        go.setId("cash-refund-button");
        go.setOnAction(e -> viewModel.refund());
        go.disableProperty().bind(viewModel.busyProperty());
        Label message = new StatusLabel("cash-refund-message", "till-message", viewModel.messageProperty());
        getChildren().addAll(title, new HBox(8, receipt, amount), reason, go, message);
    }

    private static TextField field(String id, String prompt, StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }
}
