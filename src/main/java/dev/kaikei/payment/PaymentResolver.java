package dev.kaikei.payment;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles payments whose outcome is open (DESIGN rules 3 and 4), one pass at a time, for checkouts and the reconciler
 * alike: query with the same id; if unpaid, delete the code and look once more (a late payment wins), or cancel the
 * payment and confirm. An unknown answer never becomes "failed": the pass stays open and is repeated later.
 */
final class PaymentResolver {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentResolver.class);

    /** The journal states a payment can be settled from. */
    static final Set<PaymentState> OPEN = EnumSet.of(PaymentState.CREATING, PaymentState.AWAITING_PAYMENT,
            PaymentState.UNKNOWN);
    static final String NOTHING_CHARGED = "PayPay did not answer; nothing was charged — try again";

    private final PayPayCalls calls;
    private final Journal journal;
    private final Clock clock;

    PaymentResolver(PayPayCalls calls, Journal journal, Clock clock) {
        this.calls = calls;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * One resolution pass: query, then close the unpaid payment.
     *
     * @param mayDelete      whether to try deleting the code (false after a delete's answer was lost: cancel instead)
     * @param intent         EXPIRED or ABANDONED when a checkout is closing its code, else null (derived)
     * @param paidAttention  the attention note to set if it turns out paid (the reconciler's "paid after close"), or null
     */
    Outcome resolveOnce(String merchantPaymentId, boolean mayDelete, CheckoutPhase intent, String paidAttention) {
        PaymentRecord p = payment(merchantPaymentId);
        if (!OPEN.contains(p.state())) {
            return Outcome.done(phaseOf(p), "");
        }
        boolean cancelSent = cancelSent(p);
        OpaResult<PaymentDetails> r = calls.details(p);
        if (r instanceof OpaResult.Success<PaymentDetails> s && s.data() != null) {
            Optional<Outcome> decided = decide(p, s.data(), cancelSent, paidAttention, intent);
            if (decided.isPresent()) {
                return decided.get();
            }
            PaymentStatus status = s.data().status();
            if (status == PaymentStatus.CREATED) {
                return closeUnpaid(p, mayDelete, intent, paidAttention);
            }
            if (cancelSent && !cancelConfirmed(p)
                    && (status == PaymentStatus.COMPLETED || status == PaymentStatus.AUTHORIZED)) {
                // We decided to cancel while the outcome was unknown: finish that cancel (the money goes back).
                return cancelUnpaid(p, intent);
            }
            return Outcome.open("PayPay reports " + status + "; checking again");
        }
        if (r instanceof OpaResult.Rejected<PaymentDetails> rej) {
            return notFound(rej) ? closeUnpaid(p, mayDelete, intent, paidAttention)
                    : Outcome.open("PayPay answered " + rej.code() + "; checking again");
        }
        return Outcome.offline("PayPay did not answer; checking again");
    }

    /** A checkout closing its code (expiry or abandon): delete it first, then look once more. */
    Outcome closeCode(String merchantPaymentId, CheckoutPhase intent) {
        return closeUnpaid(payment(merchantPaymentId), true, intent, null);
    }

    /**
     * Records a status PayPay reported if it settles the payment (paid, authorized, declined, cancelled, ...); empty
     * if the payment is still open (CREATED, or paid while a cancel of ours is still being applied).
     */
    Optional<Outcome> decide(PaymentRecord p, PaymentDetails d, boolean cancelSent, String paidAttention,
                             CheckoutPhase intent) {
        PaymentStatus status = d.status() == null ? PaymentStatus.UNRECOGNIZED : d.status();
        switch (status) {
            case COMPLETED, AUTHORIZED -> {
                if (cancelSent) {
                    return Optional.empty(); // our accepted cancel turns it FAILED: wait for that
                }
                boolean authorized = status == PaymentStatus.AUTHORIZED;
                PaymentChange change = paidChange(authorized ? PaymentState.AUTHORIZED : PaymentState.COMPLETED, d);
                if (authorized && d.expiresAt() != null) {
                    change = change.withExpiresAt(Instant.ofEpochSecond(d.expiresAt()));
                }
                record(p, paidAttention == null ? change : change.withAttention(paidAttention));
                return Optional.of(authorized
                        ? Outcome.done(CheckoutPhase.AUTHORIZED, "Authorized: capture or revert it from History")
                        : Outcome.done(CheckoutPhase.PAID, "Paid"));
            }
            case FAILED -> {
                if (d.acceptedAt() != null) {
                    record(p, paidChange(PaymentState.CANCELED, d));
                    return Optional.of(Outcome.done(unpaidPhase(p, intent),
                            "The payment was cancelled; the money goes back to the customer"));
                }
                if (cancelSent) {
                    return Optional.of(ended(p, intent));
                }
                record(p, PaymentChange.to(PaymentState.FAILED).withPaypayStatus(status.name()));
                return Optional.of(Outcome.done(CheckoutPhase.DECLINED,
                        "The customer declined or PayPay failed the payment; nothing was charged"));
            }
            case REFUNDED -> {
                record(p, paidChange(PaymentState.REFUNDED, d).withAttention("Refunded outside Kaikei"));
                return Optional.of(Outcome.done(CheckoutPhase.PAID, "Paid, then refunded outside Kaikei"));
            }
            case CANCELED -> {
                record(p, paidChange(PaymentState.REVERTED, d));
                return Optional.of(Outcome.done(CheckoutPhase.FAILED, "The authorization was reverted"));
            }
            case EXPIRED -> {
                record(p, PaymentChange.to(PaymentState.EXPIRED).withPaypayStatus(status.name()));
                return Optional.of(Outcome.done(CheckoutPhase.EXPIRED, "Expired at PayPay"));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** PayPay shows no payment (CREATED or not found): withdraw the code, or cancel the id, then close the row. */
    private Outcome closeUnpaid(PaymentRecord p, boolean mayDelete, CheckoutPhase intent, String paidAttention) {
        if (mayDelete && p.codeId() != null) {
            OpaResult<NoContent> deleted = calls.deleteQrCode(p.merchantPaymentId(), p.codeId());
            boolean gone = deleted.isSuccess()
                    || deleted instanceof OpaResult.Rejected<NoContent> r && PayPayCalls.QR_NOT_FOUND.equals(r.code());
            if (gone || deleted instanceof OpaResult.Rejected<NoContent> r2
                    && PayPayCalls.QR_ALREADY_PAID.equals(r2.code())) {
                // Look once more: the customer may have paid (or declined) just before the code went.
                OpaResult<PaymentDetails> again = calls.details(p);
                if (again instanceof OpaResult.Success<PaymentDetails> s && s.data() != null) {
                    Optional<Outcome> decided = decide(p, s.data(), false, paidAttention, intent);
                    if (decided.isPresent()) {
                        return decided.get();
                    }
                }
                // A deleted unpaid code can no longer be paid; an "already paid" one must be confirmed first.
                return gone ? ended(p, intent) : Outcome.offline("Paid at the last moment; confirming with PayPay");
            }
            if (deleted.isRejected()) {
                return Outcome.open("PayPay refused to delete the code (" + deleted.code() + "); retrying");
            }
            LOG.info("Delete of code for {} unknown: cancelling the payment instead", p.merchantPaymentId());
        }
        return cancelUnpaid(p, intent);
    }

    /** Cancel the payment id (held by PayPay if unpaid, so a later payment fails), then confirm. */
    private Outcome cancelUnpaid(PaymentRecord p, CheckoutPhase intent) {
        List<OperationRecord> cancels = journal.operationsFor(p.merchantPaymentId()).stream()
                .filter(o -> o.kind() == OperationKind.CANCEL && o.state() != OperationState.REJECTED).toList();
        if (cancels.stream().anyMatch(o -> o.state() == OperationState.SUCCEEDED)) {
            return ended(p, intent);
        }
        Instant now = clock.instant();
        if (!CancelWindow.isOpen(p.createdAt(), now)) {
            record(p, PaymentChange.to(PaymentState.UNKNOWN).withAttention(
                    "Outcome unknown and the cancel window has passed: check PayPay and refund if charged"));
            return Outcome.open("Outcome unknown and too late to cancel: needs attention");
        }
        // A cancel already journaled may have reached PayPay (its answer was lost, or the app stopped): it is sent
        // again, and only PayPay's payment status may show that it never took effect.
        boolean sentBefore = !cancels.isEmpty();
        OperationRecord op = sentBefore ? cancels.get(cancels.size() - 1)
                : journal.insertOperation(NewOperation.cancel(p.merchantPaymentId()));
        OpaResult<NoContent> c = calls.cancel(p.merchantPaymentId());
        updateOperation(op, c, sentBefore);
        if (c instanceof OpaResult.Rejected<NoContent> rej && rej.isTransient()) {
            return Outcome.offline("PayPay turned the cancel away for now (" + c.code() + "); retrying");
        }
        if (c.isRejected()) {
            record(p, PaymentChange.to(PaymentState.UNKNOWN).withAttention(
                    "PayPay refused to cancel an unresolved payment (" + c.code() + "): check PayPay"));
            return Outcome.open("PayPay refused the cancel (" + c.code() + ")");
        }
        if (c.isUnknown()) {
            return Outcome.offline("PayPay did not answer the cancel; retrying");
        }
        OpaResult<PaymentDetails> confirm = calls.details(p);
        if (confirm instanceof OpaResult.Success<PaymentDetails> s && s.data() != null) {
            Optional<Outcome> decided = decide(p, s.data(), true, null, intent);
            if (decided.isPresent()) {
                return decided.get();
            }
            if (s.data().status() != PaymentStatus.CREATED) {
                return Outcome.open("Cancel accepted; waiting for PayPay to apply it");
            }
        }
        // Accepted: PayPay guarantees a later payment of this id fails and any money goes back.
        return ended(p, intent);
    }

    /**
     * Sets a cancel operation from PayPay's answer: accepted → succeeded; unknown → unknown. A refusal closes it only
     * when nothing was sent under it before; a cancel that may already have reached PayPay stays open (unknown), as it
     * counts as sent until the payment's status shows the outcome.
     */
    private void updateOperation(OperationRecord op, OpaResult<?> result, boolean sentBefore) {
        OperationState state = result.isSuccess() ? OperationState.SUCCEEDED
                : result.isRejected() && !sentBefore ? OperationState.REJECTED : OperationState.UNKNOWN;
        journal.updateOperation(op.id(), OperationUpdates.OPEN,
                new OperationChange(state, null, result.code(), result.requestId(), null));
    }

    /** The unpaid end: no code → FAILED (nothing charged), else the checkout's intent or expired/abandoned by time. */
    private Outcome ended(PaymentRecord p, CheckoutPhase intent) {
        CheckoutPhase phase = unpaidPhase(p, intent);
        PaymentState state = switch (phase) {
            case EXPIRED -> PaymentState.EXPIRED;
            case ABANDONED -> PaymentState.ABANDONED;
            default -> PaymentState.FAILED;
        };
        record(p, PaymentChange.to(state).withAttention(null));
        return Outcome.done(phase, switch (phase) {
            case EXPIRED -> "The code expired unpaid";
            case ABANDONED -> "Cancelled before the customer paid";
            default -> NOTHING_CHARGED;
        });
    }

    private CheckoutPhase unpaidPhase(PaymentRecord p, CheckoutPhase intent) {
        if (intent == CheckoutPhase.EXPIRED || intent == CheckoutPhase.ABANDONED) {
            return intent;
        }
        if (p.codeId() == null) {
            return CheckoutPhase.FAILED;
        }
        return p.expiresAt() != null && clock.instant().isAfter(p.expiresAt())
                ? CheckoutPhase.EXPIRED : CheckoutPhase.ABANDONED;
    }

    private static PaymentChange paidChange(PaymentState state, PaymentDetails d) {
        PaymentChange change = PaymentChange.to(state).withPaypayStatus(d.status().name())
                .withPaypayPaymentId(d.paymentId());
        return d.acceptedAt() == null ? change : change.withAcceptedAt(Instant.ofEpochSecond(d.acceptedAt()));
    }

    private void record(PaymentRecord p, PaymentChange change) {
        journal.transition(p.merchantPaymentId(), OPEN, change);
    }

    /** A cancel of ours was sent (accepted, or its answer lost): a payment seen now will be turned back. */
    private boolean cancelSent(PaymentRecord p) {
        return journal.operationsFor(p.merchantPaymentId()).stream()
                .anyMatch(o -> o.kind() == OperationKind.CANCEL && o.state() != OperationState.REJECTED);
    }

    private boolean cancelConfirmed(PaymentRecord p) {
        return journal.operationsFor(p.merchantPaymentId()).stream()
                .anyMatch(o -> o.kind() == OperationKind.CANCEL && o.state() == OperationState.SUCCEEDED);
    }

    private PaymentRecord payment(String merchantPaymentId) {
        return journal.findPayment(merchantPaymentId).orElseThrow(
                () -> new IllegalArgumentException("no payment " + merchantPaymentId + " in the journal"));
    }

    static boolean notFound(OpaResult.Rejected<?> r) {
        return PayPayCalls.QR_PAYMENT_NOT_FOUND.equals(r.code()) || "RESOURCE_NOT_FOUND".equals(r.code());
    }

    /** The phase a settled journal row shows (used when another thread settled it). */
    static CheckoutPhase phaseOf(PaymentRecord p) {
        return switch (p.state()) {
            case COMPLETED, PARTIALLY_REFUNDED, REFUNDED -> CheckoutPhase.PAID;
            case AUTHORIZED -> CheckoutPhase.AUTHORIZED;
            case FAILED -> "FAILED".equals(p.paypayStatus()) ? CheckoutPhase.DECLINED : CheckoutPhase.FAILED;
            case EXPIRED -> CheckoutPhase.EXPIRED;
            case ABANDONED, REVERTED -> CheckoutPhase.ABANDONED;
            case CANCELED -> CheckoutPhase.FAILED;
            case CREATING -> CheckoutPhase.CREATING;
            case AWAITING_PAYMENT -> CheckoutPhase.AWAITING_PAYMENT;
            case UNKNOWN -> CheckoutPhase.RESOLVING;
        };
    }
}
