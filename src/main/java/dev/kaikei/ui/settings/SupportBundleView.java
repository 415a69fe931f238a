package dev.kaikei.ui.settings;

import dev.kaikei.ui.common.FileDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Settings' "Support bundle" button: asks where to save the zip, then says where it went (or why it failed). */
public final class SupportBundleView extends VBox {

    public SupportBundleView(SupportBundleViewModel viewModel, Messages messages, FileDialog files) {
        super(4);
        Button button = new Button(messages.get("settings.support.button"));
        button.setId("support-bundle-button");
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> files.saveFile(messages.get("settings.support.title"), viewModel.suggestedName(),
                FileDialog.FileType.ZIP).ifPresent(viewModel::create));
        Label status = new StatusLabel("support-bundle-message", "support-bundle-message", viewModel.statusProperty());
        getChildren().addAll(button, status);
    }
}
