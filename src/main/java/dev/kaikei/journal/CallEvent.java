package dev.kaikei.journal;

import java.time.Instant;

/**
 * One PayPay call in the append-only event log. Holds identifiers and outcome only: never a secret or a full body.
 *
 * @param at         when the call finished
 * @param operation  what was called (e.g. "createQr", "getPaymentDetails", "refund"), ≤ 64
 * @param merchantId the merchant-side id it concerned (merchantPaymentId, or the operation's own id), may be null
 * @param httpStatus HTTP status, 0 if there was no response
 * @param resultCode PayPay's resultInfo.code, may be null
 * @param codeId     PayPay's resultInfo.codeId, may be null
 * @param outcome    success, definitive rejection or unknown
 * @param latencyMs  round-trip time
 * @param requestId  X-REQUEST-ID, may be null
 * @param note       short free text (≤ 255), may be null
 */
public record CallEvent(Instant at, String operation, String merchantId, int httpStatus, String resultCode,
                        String codeId, CallOutcome outcome, long latencyMs, String requestId, String note) {

    public CallEvent {
        Check.required("at", at);
        Check.requiredText("operation", operation);
        Check.text("operation", operation, 64);
        Check.text("merchantId", merchantId, 64);
        if (httpStatus < 0 || httpStatus > 999) {
            throw new IllegalArgumentException("httpStatus must be 0 (no response) or an HTTP status (got "
                    + httpStatus + ")");
        }
        Check.text("resultCode", resultCode, 64);
        Check.text("codeId", codeId, 64);
        Check.required("outcome", outcome);
        Check.notNegative("latencyMs", latencyMs);
        Check.text("requestId", requestId, 64);
        Check.text("note", note);
    }
}
