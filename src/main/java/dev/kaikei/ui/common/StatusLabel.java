package dev.kaikei.ui.common;

import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A label that shows a screen's {@link StatusMessage}: its text, and its tone as a {@code tone-*} style class. */
public final class StatusLabel extends Label {

    private static final List<String> TONES = Arrays.stream(Tone.values()).map(Tone::styleClass).toList();

    /**
     * @param id         the node id (tests and CSS find the message by it)
     * @param styleClass the screen's own style of message
     */
    public StatusLabel(String id, String styleClass, ObservableValue<StatusMessage> status) {
        setId(id);
        getStyleClass().add(styleClass);
        setWrapText(true);
        show(status.getValue());
        status.addListener((obs, old, now) -> show(now));
    }

    private void show(StatusMessage message) {
        StatusMessage m = message == null ? StatusMessage.NONE : message;
        setText(m.text());
        StyleClasses.choose(this, TONES, m.tone().styleClass());
    }
}
