package dev.kaikei.ui.common;

import javafx.scene.control.Label;

/** The "TRAINING — SIMULATOR" band shown on every screen while the app talks to the simulator. */
public final class TrainingBand {

    public static final String STYLE_CLASS = "training-band";

    private TrainingBand() {
    }

    public static Label create(Messages messages) {
        Label band = new Label(messages.get("generic.training"));
        band.getStyleClass().add(STYLE_CLASS);
        band.setId("training-band");
        band.setMaxWidth(Double.MAX_VALUE);
        band.setMouseTransparent(true);
        return band;
    }
}
