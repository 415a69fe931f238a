package dev.kaikei.ui.common;

import dev.kaikei.config.PayPayMode;
import java.util.Optional;
import javafx.scene.control.Label;

/** The band every screen carries when no real money moves: TRAINING on the simulator, SANDBOX on PayPay staging. */
public enum Watermark {
    NONE(null), TRAINING("generic.training"), SANDBOX("generic.sandbox");

    private final String messageKey;

    Watermark(String messageKey) {
        this.messageKey = messageKey;
    }

    public static Watermark of(PayPayMode mode) {
        return switch (mode) {
            case SIMULATOR -> TRAINING;
            case STAGING, PERF -> SANDBOX;
            case PROD -> NONE;
        };
    }

    /** The band to put on top of a screen; empty in production. */
    public Optional<Label> band(Messages messages) {
        return messageKey == null ? Optional.empty() : Optional.of(TrainingBand.create(messages, messageKey));
    }
}
