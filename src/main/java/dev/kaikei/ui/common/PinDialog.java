package dev.kaikei.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The PIN prompt as a modal dialog with a masked field; the PIN never goes into a property or a log. */
public final class PinDialog implements PinPrompt {

    private final Messages messages;
    private final Window owner;

    public PinDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(String title, String message) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("pin.title"));
        dialog.setHeaderText(title);
        PasswordField field = new PasswordField();
        field.setId("pin-field");
        field.setPromptText(messages.get("pin.prompt"));
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        VBox content = new VBox(12, text, field);
        content.setId("pin-dialog");
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("pin.confirm"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId("pin-ok");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("pin-cancel");
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] pin = field.getText().toCharArray();
        field.clear();
        return answer.filter(b -> b == ok).map(b -> pin);
    }

    @Override
    public void refused(String title, String reason) {
        Alert alert = new Alert(Alert.AlertType.WARNING, reason, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("pin.title"));
        alert.setHeaderText(title);
        alert.getDialogPane().setId("pin-refused");
        // Not showAndWait: the caller goes on (the kiosk puts the rail back) while the notice is up.
        alert.show();
    }
}
