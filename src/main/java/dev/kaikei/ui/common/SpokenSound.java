package dev.kaikei.ui.common;

import java.util.Locale;

/**
 * The chimes plus the spoken amount after a payment ("PayPayで1,200円受け取りました"), for {@code voice.enabled}. The
 * sentence and the voice's language both come from the one {@link Messages}, so they always match; a language switch
 * gets a new SpokenSound through {@link #inLanguageOf(Messages)}.
 */
public final class SpokenSound implements Sound {

    private final Sound chimes;
    private final Voice voice;
    private final Messages messages;

    public SpokenSound(Sound chimes, Voice voice, Messages messages) {
        this.chimes = chimes;
        this.voice = voice;
        this.messages = messages;
    }

    /** What is said for a payment of {@code amountYen}. */
    public String sentence(long amountYen) {
        // Digits with a thousands comma read naturally in both languages' voices.
        return messages.format("voice.paid", String.format(Locale.ROOT, "%,d", amountYen));
    }

    @Override
    public void paid(long amountYen) {
        chimes.paid(amountYen);
        voice.say(sentence(amountYen), messages.locale());
    }

    @Override
    public void failed() {
        chimes.failed();
    }

    /** The same chimes and voice (found once per machine), speaking {@code next}'s language. */
    @Override
    public Sound inLanguageOf(Messages next) {
        return new SpokenSound(chimes.inLanguageOf(next), voice, next);
    }
}
