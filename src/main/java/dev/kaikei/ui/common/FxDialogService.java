package dev.kaikei.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The dialogs as JavaFX shows them, owned by the cashier window: the masked PIN prompt, touch-sized confirmations and
 * the system's save dialog. The PIN never goes into a property or a log.
 */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (may supply null before it is shown) */
    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(String title, String message) {
        Dialog<ButtonType> dialog = new Dialog<>();
        own(dialog);
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
        own(alert);
        alert.setTitle(messages.get("pin.title"));
        alert.setHeaderText(title);
        alert.getDialogPane().setId("pin-refused");
        // Not showAndWait: the caller goes on (the kiosk puts the rail back) while the notice is up.
        alert.show();
    }

    @Override
    public void confirm(String title, String question, String confirmText, Consumer<Boolean> answer) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("generic.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        alert.getDialogPane().lookupButton(yes).setId("confirm-yes");
        alert.getDialogPane().lookupButton(no).setId("confirm-no");
        alert.getDialogPane().getStyleClass().add("confirm-dialog");
        alert.getDialogPane().setStyle("-fx-font-size: 18px;");
        if (own(alert)) {
            alert.initModality(Modality.WINDOW_MODAL);
        }
        // Not showAndWait: the answer arrives through the callback, and the FX thread never nests a loop.
        alert.setOnHidden(e -> answer.accept(alert.getResult() == yes));
        alert.show();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> openFile(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private boolean own(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        return window != null;
    }
}
