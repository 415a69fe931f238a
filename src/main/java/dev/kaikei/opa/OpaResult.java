package dev.kaikei.opa;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of one PayPay call, classified for money safety (DESIGN.md rule 2): {@link Success}, a definitive
 * {@link Rejected} (it did not happen), or {@link Unknown} (it may or may not have happened: resolve by querying).
 */
public sealed interface OpaResult<T> permits OpaResult.Success, OpaResult.Rejected, OpaResult.Unknown {

    /** PayPay's code when rate limiting persisted after every retry; surfaced as {@link Rejected}. */
    String RATE_LIMIT = "RATE_LIMIT";

    /**
     * A 2xx answer. {@code data} is non-null, except on a 202 (e.g. capture's USER_CONFIRMATION_REQUIRED) whose body
     * carried none. {@code code} is PayPay's resultInfo.code (SUCCESS, REQUEST_ACCEPTED, ...).
     */
    record Success<T>(T data, int httpStatus, String code, String requestId, Duration elapsed)
            implements OpaResult<T> {

        public Success(T data, int httpStatus, String code, String requestId) {
            this(data, httpStatus, code, requestId, Duration.ZERO);
        }
    }

    /** A definitive PayPay error: the operation did not happen. {@code requestId} may be null if absent. */
    record Rejected<T>(int httpStatus, String code, String codeId, String message, String requestId, Duration elapsed)
            implements OpaResult<T> {

        public Rejected(int httpStatus, String code, String codeId, String message, String requestId) {
            this(httpStatus, code, codeId, message, requestId, Duration.ZERO);
        }

        public boolean isRateLimited() {
            return RATE_LIMIT.equals(code);
        }

        /**
         * A refusal that says "not now" rather than "never": rate limited (429), unauthorized (401: a clock, key or
         * signature problem), PayPay's {@code THROTTLED_*} codes, or any 5xx that carried a code. It proves that this
         * request was not carried out, and nothing about an earlier request with the same id.
         */
        public boolean isTransient() {
            return httpStatus == 429 || httpStatus == 401 || httpStatus >= 500
                    || code != null && code.startsWith("THROTTLED_");
        }
    }

    /**
     * Outcome not known: timeout, connection failure, 500 INTERNAL_SERVER_ERROR, 502/503/504, other 5xx, unparseable
     * body. {@code httpStatus} is 0 when no response arrived; {@code code} is null unless a body was parsed.
     */
    record Unknown<T>(String reason, int httpStatus, String code, String requestId, Duration elapsed)
            implements OpaResult<T> {

        public Unknown(String reason, int httpStatus, String code, String requestId) {
            this(reason, httpStatus, code, requestId, Duration.ZERO);
        }
    }

    String requestId();

    /** How long the HTTP exchange(s) took, from OkHttp's call events (zero when nothing was sent). */
    Duration elapsed();

    int httpStatus();

    /** PayPay's resultInfo.code, or null if none was received. */
    String code();

    default boolean isSuccess() {
        return this instanceof Success;
    }

    default boolean isRejected() {
        return this instanceof Rejected;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    /** The data of a success, empty otherwise. */
    default Optional<T> successData() {
        return this instanceof Success<T> s ? Optional.ofNullable(s.data()) : Optional.empty();
    }

    /** Transforms the data of a success; a rejection or unknown keeps its details. */
    default <U> OpaResult<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Success<T> s) {
            return new Success<>(s.data() == null ? null : mapper.apply(s.data()), s.httpStatus(), s.code(),
                    s.requestId(), s.elapsed());
        }
        if (this instanceof Rejected<T> r) {
            return new Rejected<>(r.httpStatus(), r.code(), r.codeId(), r.message(), r.requestId(), r.elapsed());
        }
        Unknown<T> u = (Unknown<T>) this;
        return new Unknown<>(u.reason(), u.httpStatus(), u.code(), u.requestId(), u.elapsed());
    }

    /** The same outcome, timed. */
    default OpaResult<T> withElapsed(Duration took) {
        if (this instanceof Success<T> s) {
            return new Success<>(s.data(), s.httpStatus(), s.code(), s.requestId(), took);
        }
        if (this instanceof Rejected<T> r) {
            return new Rejected<>(r.httpStatus(), r.code(), r.codeId(), r.message(), r.requestId(), took);
        }
        Unknown<T> u = (Unknown<T>) this;
        return new Unknown<>(u.reason(), u.httpStatus(), u.code(), u.requestId(), took);
    }
}
