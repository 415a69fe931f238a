package dev.kaikei.ui.common;

import java.time.Clock;

/**
 * The UI plumbing every screen shares: background work, timers, the clock, strings and sounds. Built once by the
 * shell; tests build it with same-thread executors, a manual timer and a fixed clock.
 *
 * @param tasks    background work with results on the UI thread
 * @param timer    UI-thread timers
 * @param clock    the clock countdowns compare the server's expiry against
 * @param messages the strings in the chosen language
 * @param sound    the paid / failed cues
 */
public record UiContext(TaskRunner tasks, UiTimer timer, Clock clock, Messages messages, Sound sound) {

    /** The same plumbing in {@code next}'s language: the strings and the spoken sounds switch together. */
    public UiContext inLanguageOf(Messages next) {
        return new UiContext(tasks, timer, clock, next, sound.inLanguageOf(next));
    }
}
