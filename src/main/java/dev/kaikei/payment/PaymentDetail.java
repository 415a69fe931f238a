package dev.kaikei.payment;

import dev.kaikei.journal.CallOutcome;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
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

    /** A cancel, refund, capture or revert, in the journal's own kinds and states. */
    public record Operation(long id, OperationKind kind, Optional<String> merchantOperationId, long amountYen,
                            Optional<String> reason, OperationState state, Optional<String> resultCode,
                            Instant createdAt, Instant updatedAt) {
    }

    /** One PayPay call, classified as every answer is; httpStatus 0 when no answer came. */
    public record Call(Instant at, String operation, Optional<String> merchantId, int httpStatus,
                       Optional<String> resultCode, Optional<String> codeId, CallOutcome outcome, long latencyMs,
                       Optional<String> requestId, Optional<String> note) {
    }
}
