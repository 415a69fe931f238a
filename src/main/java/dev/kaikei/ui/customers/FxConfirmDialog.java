package dev.kaikei.ui.customers;

import dev.kaikei.ui.common.Messages;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/** {@link ConfirmDialog} as a non-blocking, window-modal JavaFX alert with touch-sized buttons. */
public final class FxConfirmDialog implements ConfirmDialog {

    private final Supplier<Window> owner;
    private final Messages messages;

    /** @param owner the window the dialog is modal to (may supply null before the view is shown) */
    public FxConfirmDialog(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void ask(String title, String question, String confirmText, Consumer<Boolean> answer) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("generic.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        alert.getDialogPane().lookupButton(confirm).setId("confirm-yes");
        alert.getDialogPane().lookupButton(cancel).setId("confirm-no");
        alert.getDialogPane().getStyleClass().add("confirm-dialog");
        alert.getDialogPane().setStyle("-fx-font-size: 18px;");
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        // Not showAndWait: the answer arrives through the callback, and the FX thread never nests a loop.
        alert.setOnHidden(e -> answer.accept(alert.getResult() == confirm));
        alert.show();
    }
}
