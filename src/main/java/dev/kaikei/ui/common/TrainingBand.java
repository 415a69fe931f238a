package dev.kaikei.ui.common;

import javafx.scene.control.Label;

/** The "TRAINING — SIMULATOR" (or "SANDBOX") band shown on every screen while no real money moves. */
public final class TrainingBand {

    public static final String STYLE_CLASS = "training-band";

    private TrainingBand() {
    }

    /** A band with the text of {@code messageKey} (see {@link Watermark}). */
    public static Label create(Messages messages, String messageKey) {
        Label band = new Label(messages.get(messageKey));
        band.getStyleClass().add(STYLE_CLASS);
        band.setId("training-band");
        band.setMaxWidth(Double.MAX_VALUE);
        band.setMouseTransparent(true);
        return band;
    }
}
