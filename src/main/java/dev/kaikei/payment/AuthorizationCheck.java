package dev.kaikei.payment;

import dev.kaikei.journal.DuplicateIdException;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.CaptureDetails;
import dev.kaikei.opa.model.CaptureStatus;
import dev.kaikei.opa.model.PaymentDetails;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconciler's look at an authorization that waits for capture or revert, with no operation of its own open:
 * PayPay may have ended it (expired, reverted, cancelled), captured it (COMPLETED), or hold a capture for the
 * customer's confirmation (REAUTHORIZING) — by a capture id this journal knows, or from outside Kaikei.
 */
final class AuthorizationCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCheck.class);
    static final String CAPTURED_OUTSIDE = "Captured outside Kaikei (e.g. the PayPay merchant panel)";

    private final EngineContext ctx;
    private final OperationUpdates updates;

    AuthorizationCheck(EngineContext ctx, OperationUpdates updates) {
        this.ctx = ctx;
        this.updates = updates;
    }

    /** One look; true if the journal changed to PayPay's view. */
    boolean check(PaymentRecord p) {
        if (ctx.journal().operationsFor(p.merchantPaymentId()).stream().anyMatch(o -> !o.state().isFinal())) {
            return false; // an operation of ours is open: its follow-up decides
        }
        OpaResult<PaymentDetails> r = ctx.calls().details(p);
        if (!(r instanceof OpaResult.Success<PaymentDetails> s) || s.data() == null || s.data().status() == null) {
            return false;
        }
        PaymentDetails d = s.data();
        return switch (d.status()) {
            case EXPIRED -> ended(p, d, PaymentState.EXPIRED);
            case CANCELED -> ended(p, d, PaymentState.REVERTED);
            case FAILED -> ended(p, d, PaymentState.CANCELED);
            case COMPLETED -> captured(p, d, r);
            case REAUTHORIZING -> held(p, d, r);
            default -> false;
        };
    }

    private boolean ended(PaymentRecord p, PaymentDetails d, PaymentState state) {
        return ctx.journal().transition(p.merchantPaymentId(), PaymentState.AUTHORIZED, PaymentChange.to(state)
                .withPaypayStatus(d.status().name()).withAttention("Authorization ended at PayPay: " + d.status()))
                .isPresent();
    }

    /** PayPay captured it: each completed capture is recorded under its own id (ours reopened, others added). */
    private boolean captured(PaymentRecord p, PaymentDetails d, OpaResult<PaymentDetails> r) {
        Map<String, OperationRecord> ours = captureOps(p);
        boolean outside = false;
        for (CaptureDetails c : d.captures()) {
            if (c.status() != CaptureStatus.COMPLETED || c.merchantCaptureId() == null) {
                continue;
            }
            OperationRecord op = ours.get(c.merchantCaptureId());
            if (op == null) {
                Optional<OperationRecord> recorded = recordOutside(p, c);
                if (recorded.isEmpty()) {
                    continue;
                }
                op = recorded.get();
                outside = true;
            }
            LOG.info("PayPay shows {} captured under {}: recording it", p.merchantPaymentId(), c.merchantCaptureId());
            PaymentChange change = PaymentChange.to(PaymentState.COMPLETED).withPaypayStatus("COMPLETED");
            updates.change(op, EnumSet.allOf(OperationState.class), OperationState.SUCCEEDED, "COMPLETED", r,
                    outside ? change.withAttention(CAPTURED_OUTSIDE) : change, null);
        }
        if (ctx.journal().findPayment(p.merchantPaymentId()).map(PaymentRecord::state)
                .filter(s -> s == PaymentState.AUTHORIZED).isPresent()) {
            // COMPLETED without a capture PayPay lists: record what is known and ask a person to check the amount.
            ctx.journal().transition(p.merchantPaymentId(), PaymentState.AUTHORIZED, PaymentChange.to(
                    PaymentState.COMPLETED).withPaypayStatus("COMPLETED").withAttention(CAPTURED_OUTSIDE
                    + ": check the captured amount at PayPay"));
        }
        return true;
    }

    private Optional<OperationRecord> recordOutside(PaymentRecord p, CaptureDetails c) {
        long amount = c.amount() == null ? 0 : c.amount().amount();
        try {
            return Optional.of(ctx.journal().insertOperation(NewOperation.capture(p.merchantPaymentId(),
                    c.merchantCaptureId(), amount, "Captured outside Kaikei")));
        } catch (IllegalArgumentException | DuplicateIdException e) {
            LOG.warn("Cannot record PayPay's capture {} of {}: {}", c.merchantCaptureId(), p.merchantPaymentId(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** PayPay holds a capture for the customer: one of ours is followed again; another one needs a person. */
    private boolean held(PaymentRecord p, PaymentDetails d, OpaResult<PaymentDetails> r) {
        Map<String, OperationRecord> ours = captureOps(p);
        for (CaptureDetails c : d.captures()) {
            OperationRecord op = c.merchantCaptureId() == null ? null : ours.get(c.merchantCaptureId());
            if (c.status() == CaptureStatus.USER_REQUESTED && op != null) {
                updates.change(op, EnumSet.allOf(OperationState.class), OperationState.ACCEPTED,
                        d.status().name(), r, null, null);
                return true;
            }
        }
        ctx.journal().transition(p.merchantPaymentId(), PaymentState.AUTHORIZED, PaymentChange.keepState()
                .withAttention("A capture not sent by this terminal waits for the customer's confirmation at PayPay"));
        return false;
    }

    private Map<String, OperationRecord> captureOps(PaymentRecord p) {
        return ctx.journal().operationsFor(p.merchantPaymentId()).stream()
                .filter(o -> o.kind() == OperationKind.CAPTURE)
                .collect(Collectors.toMap(OperationRecord::merchantOperationId, Function.identity(), (a, b) -> b));
    }
}
