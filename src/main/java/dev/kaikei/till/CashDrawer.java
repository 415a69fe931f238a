package dev.kaikei.till;

import java.util.concurrent.CompletableFuture;

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
    static CashDrawer of(java.util.function.Supplier<CompletableFuture<Void>> pulse) {
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

    /** Sends the pulse; completes once the printer took it, or fails saying why not. */
    CompletableFuture<Void> open();

    /** Whether a drawer is set up (the receipt printer's drawer pulse). */
    boolean present();
}
