package dev.kaikei.ui.settings;

import dev.kaikei.ui.common.Tone;
import javafx.scene.control.Label;

/** The HQ sync line in Settings, coloured by how it stands. */
public final class HqSyncView extends Label {

    public HqSyncView(HqSyncViewModel viewModel) {
        setId("settings-hq-status");
        setWrapText(true);
        textProperty().bind(viewModel.textProperty());
        viewModel.toneProperty().addListener((obs, old, now) -> {
            getStyleClass().removeIf(c -> c.startsWith("tone-"));
            getStyleClass().add(now.styleClass());
        });
        getStyleClass().add(viewModel.toneProperty().get().styleClass());
    }
}
