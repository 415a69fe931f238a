package dev.kaikei.ui.checkout;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;

/** The cashier's buttons for a running checkout (Cancel, New code, Back to keypad), shown only when they apply. */
final class CashierActions {

    private CashierActions() {
    }

    static List<Button> create(CheckoutViewModel viewModel, Messages messages, ReceiptChoice receipts) {
        Button cancel = button(messages.get("generic.button.cancel"), "cancel-button");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.visibleProperty().bind(viewModel.canCancelProperty());
        cancel.setOnAction(e -> viewModel.cancel());

        Button newCode = button(messages.get("checkout.button.newCode"), "new-code-button");
        newCode.getStyleClass().add(Styles.ACCENT);
        newCode.visibleProperty().bind(viewModel.canNewCodeProperty());
        newCode.setOnAction(e -> viewModel.newCode());

        Button done = button(messages.get("checkout.button.done"), "done-button");
        done.visibleProperty().bind(viewModel.canFinishProperty());
        done.setOnAction(e -> viewModel.finish());
        List<Button> buttons = new ArrayList<>(List.of(cancel, newCode, done));
        if (receipts.offered()) {
            ReceiptChoice choice = receipts;
            Button print = button(messages.get("receipt.button.print"), "receipt-print-button");
            print.getStyleClass().add(Styles.ACCENT);
            print.visibleProperty().bind(choice.choosingProperty().and(
                    javafx.beans.binding.Bindings.createBooleanBinding(choice::canPrint)));
            print.setOnAction(e -> choice.print());
            Button pdf = button(messages.get("receipt.button.pdf"), "receipt-pdf-button");
            pdf.visibleProperty().bind(choice.choosingProperty());
            pdf.setOnAction(e -> choice.savePdf());
            Button none = button(messages.get("receipt.button.none"), "receipt-none-button");
            none.visibleProperty().bind(choice.choosingProperty());
            none.setOnAction(e -> choice.none());
            buttons.addAll(List.of(print, pdf, none));
        }
        return buttons;
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("command");
        button.setFocusTraversable(false);
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }
}
