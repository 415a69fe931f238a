package dev.kaikei.payment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which payments and operations some thread of this process is working on, so a checkout, an action's follow-up and
 * the reconciler never drive the same row at once.
 */
final class Claims {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    static String payment(String merchantPaymentId) {
        return "P:" + merchantPaymentId;
    }

    /** A linked customer being charged (direct debit): one charge per customer at a time. */
    static String customer(String reference) {
        return "C:" + reference;
    }

    static String operation(long operationId) {
        return "O:" + operationId;
    }

    boolean tryClaim(String key) {
        return keys.add(key);
    }

    void release(String key) {
        keys.remove(key);
    }

    boolean isClaimed(String key) {
        return keys.contains(key);
    }
}
