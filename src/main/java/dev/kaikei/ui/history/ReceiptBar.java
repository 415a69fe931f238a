package dev.kaikei.ui.history;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** History's receipt controls: the selected payment's receipt buttons, and the reprint queue's line. */
final class ReceiptBar {

    private ReceiptBar() {
    }

    /** Print / Save PDF / Print return receipt for the selected payment, and how it went. */
    static Node forPayment(ReceiptActionsModel model, Messages messages) {
        Button print = button(messages.get("receipt.button.print"), "history-receipt-print", model::print, model);
        shownWhen(print, model.canPrintProperty());
        Button pdf = button(messages.get("receipt.button.pdf"), "history-receipt-pdf", model::savePdf, model);
        Button printReturn = button(messages.get("receipt.button.printReturn"), "history-return-print",
                model::printReturn, model);
        shownWhen(printReturn, Bindings.and(model.canPrintProperty(), model.hasReturnProperty()));
        FlowPane buttons = new FlowPane(8, 8, print, printReturn, pdf);
        Label said = new StatusLabel("history-receipt-message", "action-message", model.statusProperty());
        VBox box = new VBox(6, buttons, said);
        box.setId("history-receipts");
        return shownWhen(box, model.offeredProperty());
    }

    /** "N receipts waiting for the printer" with a button to print them; shown only while some wait. */
    static Node queue(ReceiptActionsModel model, Messages messages) {
        Label count = new Label();
        count.setId("receipt-queue-count");
        count.getStyleClass().add(Styles.WARNING);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("receipt.waiting",
                model.waitingProperty().get()), model.waitingProperty()));
        Button again = button(messages.get("receipt.button.printWaiting"), "receipt-queue-print",
                model::printWaiting, model);
        Label said = new StatusLabel("receipt-queue-message", "action-message", model.queueStatusProperty());
        HBox line = new HBox(12, count, again, said);
        line.setId("receipt-queue");
        line.getStyleClass().add("receipt-queue");
        line.setAlignment(Pos.CENTER_LEFT);
        return shownWhen(line, model.waitingProperty().greaterThan(0));
    }

    private static Button button(String text, String id, Runnable action, ReceiptActionsModel model) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("action-button");
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(model.busyProperty());
        return b;
    }

    private static <T extends Region> T shownWhen(T node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }
}
