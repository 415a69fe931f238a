package dev.kaikei.payment;

import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PreAuthorizeRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct-debit charges and pre-authorizations of a linked user (DESIGN rules 1–3): the NATIVE row is committed under a
 * new merchant id first, the request sent once, and an unknown answer resolved with the same id (query
 * {@code /v2/payments/{id}}, then cancel) — never by a second charge. Unresolved rows go to the reconciler.
 */
final class NativeCharges {

    private static final Logger LOG = LoggerFactory.getLogger(NativeCharges.class);
    static final String SUSPECTED_DUPLICATE = "SUSPECTED_DUPLICATE_PAYMENT";
    /** How many of a customer's latest payments are looked at (unresolved ones, and the similar-payment list). */
    private static final int RECENT = 10;
    private static final String PENDING = "PayPay has not confirmed the charge yet; it is being checked (see History)."
            + " Do not charge again until it is resolved.";
    static final Set<String> LINK_GONE = Set.of("INVALID_USER_AUTHORIZATION_ID", "EXPIRED_USER_AUTHORIZATION_ID");

    private final EngineContext ctx;
    private final Consumer<String> linkGone;

    /** @param linkGone told the customer reference whose link PayPay reported invalid or expired */
    NativeCharges(EngineContext ctx, Consumer<String> linkGone) {
        this.ctx = ctx;
        this.linkGone = linkGone;
    }

    CustomerCharge charge(String reference, String userAuthorizationId, long amount, String description,
                          boolean agreeSimilar, boolean preAuthorize) {
        EngineSettings s = ctx.settings();
        PaymentRecord row = ctx.insertClaimed(id -> new NewPayment(id,
                preAuthorize ? PaymentKind.NATIVE_PREAUTH : PaymentKind.NATIVE, amount, description, s.storeId(),
                s.terminalId(), reference, userAuthorizationId));
        String id = row.merchantPaymentId();
        LOG.info("Direct debit {} of customer {}: {} yen{}{}", id, reference, amount,
                preAuthorize ? " (pre-auth)" : "", agreeSimilar ? " (similar payment agreed)" : "");
        boolean following = false;
        OpaResult<PaymentDetails> r;
        try {
            CreatePaymentRequest request = CreatePaymentRequest.of(id, userAuthorizationId, MoneyAmount.yen(amount),
                    description).withStore(s.storeId(), s.terminalId());
            r = preAuthorize
                    ? ctx.calls().preAuthorize(new PreAuthorizeRequest(request, null), agreeSimilar)
                    : ctx.calls().createPayment(request, agreeSimilar);
        } catch (RuntimeException e) {
            // Refused by the client's own field checks: nothing was sent under this id.
            ctx.journal().transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.FAILED)
                    .withPaypayStatus("NOT_SENT"));
            ctx.claims().release(Claims.payment(id));
            return new CustomerCharge.Refused("The charge could not be sent: " + e.getMessage());
        }
        try {
            CustomerCharge answered = answered(row, reference, r);
            following = answered instanceof CustomerCharge.Pending;
            return answered;
        } catch (RuntimeException e) {
            // The request left: whatever failed here (the journal's disk, a surprising answer), PayPay may have
            // charged. Never "something went wrong": the outcome is resolved with the same id, never a second charge.
            LOG.error("Direct debit {} failed after it was sent; resolving it in the background", id, e);
            following = true;
            return new CustomerCharge.Pending(id, PENDING);
        } finally {
            if (following) {
                follow(id, 1);
            } else {
                ctx.claims().release(Claims.payment(id));
            }
        }
    }

    private CustomerCharge answered(PaymentRecord row, String reference, OpaResult<PaymentDetails> r) {
        String id = row.merchantPaymentId();
        if (r instanceof OpaResult.Rejected<PaymentDetails> rej) {
            return rejected(row, reference, rej);
        }
        if (r instanceof OpaResult.Success<PaymentDetails> ok && ok.data() != null) {
            Optional<Outcome> decided = ctx.resolver().decide(row, ok.data(), false, null, null);
            if (decided.isPresent()) {
                return result(id, decided.get());
            }
        }
        // Unknown (timeout, 5xx, unreadable), or accepted but not settled: resolve with the same id.
        ctx.journal().transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.UNKNOWN));
        Outcome o = ctx.resolver().resolveOnce(id, false, null, null);
        return o.resolved() ? result(id, o) : new CustomerCharge.Pending(id, PENDING);
    }

    /** Whether a charge of this customer may have gone through and is not settled yet. */
    boolean hasUnresolved(String reference) {
        return !unresolved(reference).isEmpty();
    }

    /** This customer's charges whose outcome is still open (newest first). */
    List<PaymentSummary> unresolved(String reference) {
        return ctx.journal().nonFinalPayments().stream()
                .filter(p -> reference.equals(p.customerReference()) && PaymentResolver.OPEN.contains(p.state()))
                .sorted(Comparator.comparing(PaymentRecord::createdAt).reversed())
                .map(PaymentHistory::summary).toList();
    }

    /** This customer's latest payments, newest first, for the similar-payment question. */
    private List<PaymentSummary> recent(String reference) {
        return ctx.journal().paymentsOfCustomer(reference, RECENT).stream().map(PaymentHistory::summary).toList();
    }

    private CustomerCharge rejected(PaymentRecord row, String reference, OpaResult.Rejected<PaymentDetails> rej) {
        String id = row.merchantPaymentId();
        // A definitive answer: PayPay did not take money under this id.
        ctx.journal().transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.FAILED)
                .withPaypayStatus(rej.code()));
        if (SUSPECTED_DUPLICATE.equals(rej.code())) {
            return new CustomerCharge.NeedsConfirmation(id, "A similar payment was just made for this customer; "
                    + "nothing was charged. Charge again?", recent(reference).stream()
                    .filter(p -> !p.merchantPaymentId().equals(id)).toList());
        }
        if (LINK_GONE.contains(rej.code())) {
            linkGone.accept(reference);
            return new CustomerCharge.Declined(id, rej.code(), "PayPay reports the link of " + reference
                    + " is no longer valid (" + rej.code() + "); the customer is now unlinked. Nothing was charged.",
                    true);
        }
        String why = rej.isRateLimited() ? "PayPay is busy (too many requests)"
                : "PayPay declined the charge (" + rej.code() + (rej.message() == null ? "" : ": " + rej.message())
                + ")";
        return new CustomerCharge.Declined(id, rej.code(), why + "; nothing was charged", false);
    }

    private CustomerCharge result(String id, Outcome o) {
        PaymentRecord p = ctx.journal().findPayment(id).orElseThrow();
        return switch (o.phase()) {
            case PAID -> new CustomerCharge.Paid(id, p.paypayPaymentId(), p.amount(), "Charged " + yen(p.amount()));
            case AUTHORIZED -> new CustomerCharge.Authorized(id, p.paypayPaymentId(), p.amount(), "Authorized "
                    + yen(p.amount()) + ": capture or revert it from History");
            case RESOLVING, CREATING, AWAITING_PAYMENT -> new CustomerCharge.Pending(id, o.detail());
            default -> new CustomerCharge.Declined(id, p.paypayStatus(), o.detail(), false);
        };
    }

    /** Resolution passes in the background with backoff; after the last one the reconciler takes over. */
    private void follow(String id, int pass) {
        EngineSettings s = ctx.settings();
        Duration delay = Backoff.delay(s.retryDelay(), s.maxRetryDelay(), pass);
        // The claim taken at insert is kept between passes, so the reconciler leaves this row to us until we let go.
        ctx.executors().background().schedule(() -> {
            boolean again = false;
            try {
                Outcome o = ctx.resolver().resolveOnce(id, false, null, null);
                if (o.resolved()) {
                    LOG.info("Direct debit {} resolved: {}", id, o.phase());
                } else if (pass >= s.resolveAttempts()) {
                    ctx.journal().transition(id, PaymentResolver.OPEN, PaymentChange.to(PaymentState.UNKNOWN)
                            .withAttention("PayPay has not confirmed this direct debit; the reconciler keeps checking"));
                } else {
                    again = true;
                }
            } catch (RuntimeException e) {
                LOG.warn("Resolving direct debit {} failed; the reconciler will retry", id, e);
            }
            if (again) {
                follow(id, pass + 1);
            } else {
                ctx.claims().release(Claims.payment(id));
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    static String yen(long amount) {
        return "¥" + String.format(Locale.ROOT, "%,d", amount);
    }
}
