package dev.kaikei.ui.common;

import dev.kaikei.config.ManagerPinGuard;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the manager past a kiosk's locks (leaving the app, opening Settings) with the manager PIN. A kiosk with no PIN
 * set stays passable, with a warning in the log: locking out the very screen where the PIN is set would leave the
 * shop no way to set one. While the PIN is locked after too many wrong tries the gate stays shut, and says for how
 * long.
 */
public final class ManagerGate {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerGate.class);

    private final ManagerPinGuard pins;
    private final PinPrompt prompt;
    private final TaskRunner tasks;
    private final Messages messages;

    public ManagerGate(ManagerPinGuard pins, PinPrompt prompt, TaskRunner tasks, Messages messages) {
        this.pins = pins;
        this.prompt = prompt;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * Asks for the PIN (on the UI thread), checks it in the background, then runs {@code onAccepted} on the UI thread.
     *
     * @return completes with whether the manager got through (false: cancelled, wrong PIN or PIN locked)
     */
    public CompletableFuture<Boolean> unlock(String title, String message, Runnable onAccepted) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Optional<char[]> pin = prompt.ask(title, message);
        if (pin.isEmpty()) {
            done.complete(false);
            return done;
        }
        tasks.task(() -> pins.check(pin.get())).onSuccess(verdict -> {
            boolean accepted = verdict == ManagerPinGuard.Verdict.ACCEPTED || verdict == ManagerPinGuard.Verdict.NOT_SET;
            if (verdict == ManagerPinGuard.Verdict.NOT_SET) {
                LOG.warn("Kiosk mode without a manager PIN: '{}' is not protected; set a PIN in Settings", title);
            }
            if (accepted) {
                onAccepted.run();
            } else if (verdict == ManagerPinGuard.Verdict.LOCKED) {
                LOG.info("Manager PIN locked: '{}' refused", title);
                prompt.refused(title, messages.format("kiosk.locked", pins.lockedSeconds()));
            } else {
                LOG.info("Wrong manager PIN for '{}'", title);
            }
            done.complete(accepted);
        }).onError(Exception.class, e -> done.complete(false)).start();
        return done;
    }
}
