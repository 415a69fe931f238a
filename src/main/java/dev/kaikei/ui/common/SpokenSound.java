package dev.kaikei.ui.common;

import java.util.Locale;

/** The chimes plus the spoken amount after a payment ("PayPayで1,200円受け取りました"), for {@code voice.enabled}. */
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
        voice.say(sentence(amountYen));
    }

    @Override
    public void failed() {
        chimes.failed();
    }
}
