package dev.kaikei.selfcheck;

import java.time.Duration;
import java.util.Optional;

/**
 * What the "Test connection" self-check found, as facts the UI turns into plain language in its own language.
 *
 * @param credentials what PayPay said to a signed request made with the entered key, secret and merchant id
 * @param clock       how the terminal's clock compares with PayPay's {@code Date} header
 * @param clockSkew   PayPay's time minus this terminal's, when a {@code Date} header came back
 * @param httpStatus  the HTTP status of the signed request (0 when no answer came)
 * @param resultCode  PayPay's result code of the signed request, if any
 * @param requestId   PayPay's {@code X-REQUEST-ID}, which PayPay support asks for
 */
public record SelfCheckReport(CredentialsCheck credentials, ClockCheck clock, Optional<Duration> clockSkew,
                              int httpStatus, Optional<String> resultCode, Optional<String> requestId) {

    /** PayPay's limit on the signature's epoch: requests further off are rejected as UNAUTHORIZED. */
    public static final Duration REJECTED_SKEW = Duration.ofSeconds(120);
    /** From here on the clock is reported as drifting, well before PayPay starts refusing. */
    public static final Duration WARNING_SKEW = Duration.ofSeconds(60);

    /** The outcome of the signed request. */
    public enum CredentialsCheck {
        /** PayPay authenticated the request (it answered "payment not found" for a made-up id). */
        ACCEPTED,
        /** 401/403: the API key, secret or merchant id is wrong (or the clock is too far off). */
        REJECTED,
        /** No answer: no network, DNS, firewall or PayPay down. */
        UNREACHABLE,
        /** PayPay answered something else (a 5xx, maintenance): try again later. */
        UNEXPECTED,
        /** Training mode: the built-in simulator needs no check. */
        NOT_APPLICABLE
    }

    /** How far the clock is off. */
    public enum ClockCheck {
        IN_SYNC, DRIFTING, REJECTED, UNKNOWN, NOT_APPLICABLE
    }

    public SelfCheckReport {
        clockSkew = clockSkew == null ? Optional.empty() : clockSkew;
        resultCode = resultCode == null ? Optional.empty() : resultCode;
        requestId = requestId == null ? Optional.empty() : requestId;
    }

    /** The report of a terminal in training mode. */
    public static SelfCheckReport notApplicable() {
        return new SelfCheckReport(CredentialsCheck.NOT_APPLICABLE, ClockCheck.NOT_APPLICABLE, Optional.empty(), 0,
                Optional.empty(), Optional.empty());
    }

    /** True when payments can be taken: credentials accepted and the clock within PayPay's limit. */
    public boolean isOk() {
        return credentials == CredentialsCheck.ACCEPTED && clock != ClockCheck.REJECTED;
    }

    /** How the clock check reads a measured skew. */
    public static ClockCheck classify(Duration skew) {
        Duration abs = skew.abs();
        if (abs.compareTo(REJECTED_SKEW) > 0) {
            return ClockCheck.REJECTED;
        }
        return abs.compareTo(WARNING_SKEW) > 0 ? ClockCheck.DRIFTING : ClockCheck.IN_SYNC;
    }
}
