package dev.kaikei.hq.figures;

import java.util.Optional;

/** What a person may see: every store (an owner) or one (a manager). */
public record Scope(Optional<String> storeId) {

    public static Scope everyStore() {
        return new Scope(Optional.empty());
    }

    public static Scope store(String storeId) {
        return new Scope(Optional.of(storeId));
    }

    /** The store id to bind to {@code (?::text IS NULL OR store_id = ?)}, null for every store. */
    String storeOrNull() {
        return storeId.orElse(null);
    }
}
