package dev.kaikei.payment;

import dev.kaikei.journal.PaymentState;
import java.time.LocalDate;
import java.util.Set;

/**
 * History search criteria; null or empty means "any".
 *
 * @param idText  part of the merchant payment id or PayPay's payment id
 * @param amount  exact yen
 * @param from    first business day (inclusive)
 * @param to      last business day (inclusive)
 * @param states  the payment states to list (empty = any)
 */
public record HistoryQuery(String idText, Long amount, LocalDate from, LocalDate to, Set<PaymentState> states,
                           int limit, int offset) {

    public HistoryQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, null, Set.of(), 50, 0);
    }
}
