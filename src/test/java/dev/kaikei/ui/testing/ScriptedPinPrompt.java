package dev.kaikei.ui.testing;

import dev.kaikei.ui.common.PinPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A PIN prompt that "types" the next scripted answer (null = the manager cancels) and remembers the questions. */
public final class ScriptedPinPrompt implements PinPrompt {

    public final List<String> titles = new ArrayList<>();
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
}
