package dev.kaikei.ui.testing;

import dev.kaikei.ui.common.Sound;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A silent {@link Sound} that remembers which cues were asked for. */
public final class RecordingSound implements Sound {

    private final List<String> played = new CopyOnWriteArrayList<>();

    @Override
    public void paid(long amountYen) {
        played.add("paid");
    }

    @Override
    public void failed() {
        played.add("failed");
    }

    public List<String> played() {
        return played;
    }
}
