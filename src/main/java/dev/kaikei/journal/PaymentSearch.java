package dev.kaikei.journal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Criteria for the history page; every criterion is optional (null or empty = any). Results are newest first
 * (createdAt desc, then id desc).
 *
 * @param idContains case-sensitive substring of the merchantPaymentId or of PayPay's paymentId
 * @param amount     exact amount in yen
 * @param from       createdAt ≥ from
 * @param to         createdAt &lt; to
 * @param states     one of these states
 * @param limit      page size, 1..1000
 * @param offset     rows to skip, ≥ 0
 */
public record PaymentSearch(String idContains, Long amount, Instant from, Instant to, Set<PaymentState> states,
                            int limit, int offset) {

    public PaymentSearch {
        Check.text("idContains", idContains, 64);
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000 (got " + limit + ")");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative (got " + offset + ")");
        }
    }

    /** Everything, first page of 50. */
    public static PaymentSearch all() {
        return new PaymentSearch(null, null, null, null, Set.of(), 50, 0);
    }

    public PaymentSearch withIdContaining(String text) {
        return new PaymentSearch(text == null || text.isEmpty() ? null : text, amount, from, to, states, limit, offset);
    }

    public PaymentSearch withAmount(Long yen) {
        return new PaymentSearch(idContains, yen, from, to, states, limit, offset);
    }

    public PaymentSearch between(Instant fromInclusive, Instant toExclusive) {
        return new PaymentSearch(idContains, amount, fromInclusive, toExclusive, states, limit, offset);
    }

    public PaymentSearch on(BusinessDay day) {
        return between(day.start(), day.end());
    }

    public PaymentSearch withStates(Set<PaymentState> wanted) {
        return new PaymentSearch(idContains, amount, from, to, wanted, limit, offset);
    }

    public PaymentSearch page(int pageLimit, int pageOffset) {
        return new PaymentSearch(idContains, amount, from, to, states, pageLimit, pageOffset);
    }
}
