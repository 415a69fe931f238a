package dev.kaikei.ui.history;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
        VBox box = new VBox(6, buttons, ryoshusho(model, messages), said);
        box.setId("history-receipts");
        return shownWhen(box, model.offeredProperty());
    }

    /** 宛名 and 但し書き, and the button that prints the 領収書 with them. */
    private static Node ryoshusho(ReceiptActionsModel model, Messages messages) {
        TextField to = field("history-ryoshusho-to", messages.get("receipt.ryoshusho.to"), model.addresseeProperty());
        TextField forWhat = field("history-ryoshusho-for", messages.get("receipt.ryoshusho.for"),
                model.purposeProperty());
        Button print = button(messages.get("receipt.button.ryoshusho"), "history-ryoshusho-print",
                model::printRyoshusho, model);
        FlowPane row = new FlowPane(8, 8, to, forWhat, print);
        row.setId("history-ryoshusho");
        return shownWhen(row, model.canPrintProperty());
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(12);
        f.textProperty().bindBidirectional(value);
        return f;
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
