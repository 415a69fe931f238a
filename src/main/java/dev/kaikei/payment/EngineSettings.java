package dev.kaikei.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the {@link PaymentEngine}: who this terminal is (sent to PayPay for its reconciliation file) and how fast
 * it polls, backs off and resolves unknown outcomes.
 *
 * @param terminalId        this terminal's id (1-16 of a-z A-Z 0-9 - _): part of every merchant id, sent as terminalId
 * @param storeId           PayPay storeId (optional, ≤ 255)
 * @param storeName         sent as storeInfo (optional, ≤ 255)
 * @param pollInterval      how often an open QR is polled (PayPay: 2–5 s)
 * @param pollJitter        ± random spread of each poll, so many terminals do not poll in step
 * @param maxPollInterval   cap of the backed-off interval after 429s and unknown answers
 * @param retryDelay        first wait before resolving an unknown outcome again (doubles up to maxRetryDelay)
 * @param maxRetryDelay     cap of that backoff
 * @param resolveAttempts   how many resolution passes a checkout makes before handing the row to the reconciler
 * @param reconcileInterval how often the background reconciler runs
 * @param reconcileRowBudget how long a reconciler pass waits for one row before it moves on to the next (the row is
 *                          finished in the background; PayPay's call deadlines are 15-30 s)
 * @param checkSettledDays whether the reconciler re-reads settled payments against PayPay ({@code DayCheck}); off in
 *                         training mode, whose simulator starts empty each time and would disown yesterday's payments
 */
public record EngineSettings(String terminalId, String storeId, String storeName, Duration pollInterval,
                             Duration pollJitter, Duration maxPollInterval, Duration retryDelay, Duration maxRetryDelay,
                             int resolveAttempts, Duration reconcileInterval, Duration reconcileRowBudget,
                             boolean checkSettledDays) {

    public static final Duration DEFAULT_POLL = Duration.ofSeconds(4);

    public EngineSettings {
        if (terminalId == null || !MerchantIds.isValid(terminalId) || terminalId.length() > 16) {
            throw new IllegalArgumentException("terminalId must be 1-16 characters of a-z A-Z 0-9 - _");
        }
        text("storeId", storeId);
        text("storeName", storeName);
        positive("pollInterval", pollInterval);
        Objects.requireNonNull(pollJitter, "pollJitter");
        if (pollJitter.isNegative() || pollJitter.compareTo(pollInterval) >= 0) {
            throw new IllegalArgumentException("pollJitter must be >= 0 and smaller than pollInterval");
        }
        positive("maxPollInterval", maxPollInterval);
        positive("retryDelay", retryDelay);
        positive("maxRetryDelay", maxRetryDelay);
        positive("reconcileInterval", reconcileInterval);
        positive("reconcileRowBudget", reconcileRowBudget);
        if (resolveAttempts < 1) {
            throw new IllegalArgumentException("resolveAttempts must be at least 1");
        }
    }

    /** Production defaults: poll every 4 s ± 0.5 s, back off to 30 s, reconcile every 3 minutes, 20 s per row. */
    public static EngineSettings defaults(String terminalId, String storeId, String storeName) {
        return new EngineSettings(terminalId, storeId, storeName, DEFAULT_POLL, Duration.ofMillis(500),
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(30), 6, Duration.ofMinutes(3),
                Duration.ofSeconds(20), true);
    }

    /** A copy polling every {@code interval} (jitter a tenth of it), e.g. from Settings.pollIntervalSeconds. */
    public EngineSettings withPollInterval(Duration interval) {
        return new EngineSettings(terminalId, storeId, storeName, interval, interval.dividedBy(10), maxPollInterval,
                retryDelay, maxRetryDelay, resolveAttempts, reconcileInterval, reconcileRowBudget, checkSettledDays);
    }

    /** A copy with all timings replaced (tests use milliseconds). */
    public EngineSettings withTimings(Duration poll, Duration jitter, Duration maxPoll, Duration retry,
                                      Duration maxRetry, int attempts, Duration reconcile) {
        return new EngineSettings(terminalId, storeId, storeName, poll, jitter, maxPoll, retry, maxRetry, attempts,
                reconcile, reconcileRowBudget, checkSettledDays);
    }

    /** A copy whose reconciler waits at most {@code budget} for one row before moving on. */
    public EngineSettings withReconcileRowBudget(Duration budget) {
        return new EngineSettings(terminalId, storeId, storeName, pollInterval, pollJitter, maxPollInterval,
                retryDelay, maxRetryDelay, resolveAttempts, reconcileInterval, budget, checkSettledDays);
    }

    /** A copy that does or does not re-read settled payments against PayPay. */
    public EngineSettings withSettledDayCheck(boolean check) {
        return new EngineSettings(terminalId, storeId, storeName, pollInterval, pollJitter, maxPollInterval,
                retryDelay, maxRetryDelay, resolveAttempts, reconcileInterval, reconcileRowBudget, check);
    }

    private static void text(String field, String value) {
        if (value != null && value.length() > ChargeRequest.MAX_DESCRIPTION) {
            throw new IllegalArgumentException(field + " must be at most 255 characters");
        }
    }

    private static void positive(String field, Duration d) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive");
        }
    }
}
