package dev.kaikei.ui.testing;

import dev.kaikei.ui.common.PinPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A PIN prompt that "types" the next scripted answer (null = the manager cancels) and remembers the questions and the
 * refusals it was told to show.
 */
public final class ScriptedPinPrompt implements PinPrompt {

    public final List<String> titles = new ArrayList<>();
    /** The reasons passed to {@link #refused}; written on the UI thread. */
    public final List<String> refusals = new CopyOnWriteArrayList<>();
    private String next;

    public ScriptedPinPrompt answer(String pin) {
        next = pin;
        return this;
    }

    @Override
    public Optional<char[]> ask(String title, String message) {
        titles.add(title);
        return Optional.ofNullable(next).map(String::toCharArray);
    }

    @Override
    public void refused(String title, String reason) {
        refusals.add(reason);
    }
}
