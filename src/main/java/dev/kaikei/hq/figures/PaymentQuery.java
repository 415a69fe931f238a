package dev.kaikei.hq.figures;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A payments search across the business. Every criterion is optional; results are newest first, one page at a time.
 *
 * @param id     the beginning of a merchant payment id or a PayPay payment id
 * @param amount exact yen
 * @param from   first business day (inclusive)
 * @param to     last business day (inclusive)
 * @param page   0-based page of {@link #PAGE_SIZE} rows
 */
public record PaymentQuery(Optional<String> id, Optional<Long> amount, Optional<LocalDate> from,
                           Optional<LocalDate> to, int page) {

    public static final int PAGE_SIZE = 50;
    /** Deep pages of an unfiltered search over millions cost more than anyone reads. */
    public static final int MAX_PAGE = 200;

    public PaymentQuery {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0.." + MAX_PAGE);
        }
    }
}
