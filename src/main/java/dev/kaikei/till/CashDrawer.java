package dev.kaikei.till;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The cash drawer, opened by a pulse from the receipt printer it hangs on. Opening never blocks the caller and never
 * undoes what was journaled: a drawer that stays shut is told to the cashier (open it with its key).
 */
public interface CashDrawer {

    /** No drawer is set up: nothing opens, and nobody waits for it. */
    CashDrawer NONE = new CashDrawer() {
        @Override
        public CompletableFuture<Void> open() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean present() {
            return false;
        }
    };

    /** A drawer opened by {@code pulse} (the receipt printer's ESC p). */
    static CashDrawer of(Supplier<CompletableFuture<Void>> pulse) {
        return new CashDrawer() {
            @Override
            public CompletableFuture<Void> open() {
                return pulse.get();
            }

            @Override
            public boolean present() {
                return true;
            }
        };
    }

    /** How long the cashier's side waits for the printer to take a pulse before saying the drawer stayed shut. */
    Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Waits (off the UI thread) for a pulse sent by {@link #open()}: empty when the drawer opened, else why not. Never
     * throws for the printer: a drawer that stays shut never undoes what was journaled.
     */
    static Optional<String> awaitOpened(CompletableFuture<Void> pulse) throws InterruptedException {
        try {
            pulse.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            return Optional.of("the printer has not taken the pulse within " + PATIENCE.toSeconds() + " s");
        }
    }

    /** Sends the pulse; completes once the printer took it, or fails saying why not. */
    CompletableFuture<Void> open();

    /** Whether a drawer is set up (the receipt printer's drawer pulse). */
    boolean present();
}
