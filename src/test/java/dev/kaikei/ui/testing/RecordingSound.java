package dev.kaikei.ui.testing;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Sound;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A silent {@link Sound} that remembers which cues were asked for, and the language it was last switched to. */
public final class RecordingSound implements Sound {

    private final List<String> played = new CopyOnWriteArrayList<>();
    private volatile Locale language;

    @Override
    public void paid(long amountYen) {
        played.add("paid");
    }

    @Override
    public void failed() {
        played.add("failed");
    }

    @Override
    public Sound inLanguageOf(Messages messages) {
        language = messages.locale();
        return this;
    }

    public List<String> played() {
        return played;
    }

    /** The language of the last {@link #inLanguageOf} (a live language switch), if there was one. */
    public Optional<Locale> switchedTo() {
        return Optional.ofNullable(language);
    }
}
