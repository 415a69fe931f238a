package dev.kaikei.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one payment for its detail view: the summary, the code, its operations, the PayPay call trail and
 * which actions are allowed now.
 */
public record PaymentDetail(PaymentSummary summary, Optional<String> codeId, Optional<Instant> expiresAt,
                            Optional<String> storeId, Optional<String> terminalId, Optional<String> lastRequestId,
                            List<Operation> operations, List<Call> calls, ActionOptions actions) {

    public PaymentDetail {
        operations = List.copyOf(operations);
        calls = List.copyOf(calls);
    }

    /** A cancel, refund, capture or revert: {@code kind} and {@code state} are the journal's names. */
    public record Operation(long id, String kind, Optional<String> merchantOperationId, long amountYen,
                            Optional<String> reason, String state, Optional<String> paypayStatus,
                            Optional<String> resultCode, Instant createdAt, Instant updatedAt) {
    }

    /** One PayPay call: outcome is SUCCESS, REJECTED or UNKNOWN; httpStatus 0 when no answer came. */
    public record Call(Instant at, String operation, Optional<String> merchantId, int httpStatus,
                       Optional<String> resultCode, Optional<String> codeId, String outcome, long latencyMs,
                       Optional<String> requestId, Optional<String> note) {
    }
}
