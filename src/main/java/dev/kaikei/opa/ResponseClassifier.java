package dev.kaikei.opa;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kaikei.opa.model.NoContent;
import java.util.Set;

/**
 * Turns an HTTP status and body into success, definitive rejection or unknown (DESIGN.md rule 2; seed guide error
 * section). When in doubt the answer is unknown: a wrong "failed" can lose money, a wrong "unknown" only costs a query.
 */
final class ResponseClassifier {

    /** 5xx codes that PayPay documents as "did not happen"; every other 5xx is unknown. */
    private static final Set<String> DEFINITIVE_5XX = Set.of("TRANSACTION_FAILED");

    private ResponseClassifier() {
    }

    static <T> OpaResult<T> classify(int status, byte[] body, String requestId, Class<T> dataType) {
        if (status >= 200 && status < 300 && dataType != NoContent.class) {
            OpaJson.Typed<T> typed = OpaJson.parseTyped(body, dataType);
            if (typed != null) {
                return typed.data() != null
                        ? new OpaResult.Success<>(typed.data(), status, typed.code(), requestId)
                        : noData(status, typed.code(), requestId);
            }
        }
        // Slow path: any other status, or a 2xx the typed reader could not take (the tree says why).
        OpaJson.Envelope envelope = OpaJson.parseEnvelope(body);
        String code = envelope == null ? null : envelope.code();
        if (status >= 200 && status < 300) {
            return success(status, envelope, requestId, dataType);
        }
        if (status == 429) {
            return envelope == null || code == null
                    ? new OpaResult.Rejected<>(status, OpaResult.RATE_LIMIT, null, "Too many requests", requestId)
                    : rejected(status, envelope, requestId);
        }
        if (status >= 400 && status < 500) {
            return code == null
                    ? new OpaResult.Unknown<>("HTTP " + status + " without a PayPay result code", status, null, requestId)
                    : rejected(status, envelope, requestId);
        }
        if (status >= 500 && status < 600 && code != null && DEFINITIVE_5XX.contains(code)) {
            return rejected(status, envelope, requestId);
        }
        String why = status >= 500 ? "server error HTTP " + status : "unexpected HTTP " + status;
        return new OpaResult.Unknown<>(code == null ? why : why + " " + code, status, code, requestId);
    }

    private static <T> OpaResult<T> success(int status, OpaJson.Envelope envelope, String requestId,
                                            Class<T> dataType) {
        if (envelope == null) {
            return new OpaResult.Unknown<>("HTTP " + status + " with an unreadable body", status, null, requestId);
        }
        if (dataType == NoContent.class) {
            return new OpaResult.Success<>(dataType.cast(NoContent.INSTANCE), status, envelope.code(), requestId);
        }
        if (envelope.data() == null) {
            return noData(status, envelope.code(), requestId);
        }
        try {
            T data = OpaJson.MAPPER.treeToValue(envelope.data(), dataType);
            return new OpaResult.Success<>(data, status, envelope.code(), requestId);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new OpaResult.Unknown<>("HTTP " + status + " with unreadable data (" + e.getClass().getSimpleName()
                    + ")", status, envelope.code(), requestId);
        }
    }

    /** A 202 (REQUEST_ACCEPTED, USER_CONFIRMATION_REQUIRED) legitimately carries no data; other 2xx must. */
    private static <T> OpaResult<T> noData(int status, String code, String requestId) {
        return status == 202
                ? new OpaResult.Success<>(null, status, code, requestId)
                : new OpaResult.Unknown<>("HTTP " + status + " without data", status, code, requestId);
    }

    private static <T> OpaResult<T> rejected(int status, OpaJson.Envelope envelope, String requestId) {
        return new OpaResult.Rejected<>(status, envelope.code(), envelope.codeId(), envelope.message(), requestId);
    }
}
