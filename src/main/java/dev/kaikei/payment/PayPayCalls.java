package dev.kaikei.payment;

import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.CallOutcome;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaOperation;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.AccountLinkSession;
import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PreAuthorizeRequest;
import dev.kaikei.opa.model.QrCode;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.opa.model.RevertRequest;
import dev.kaikei.opa.model.RevertResult;
import dev.kaikei.opa.model.UserAuthorization;
import java.time.Clock;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every PayPay call the engine makes goes through here: it is sent, then recorded in the journal's event log (time,
 * operation, id, HTTP status, result code, outcome, latency as the client's call events measured it, X-REQUEST-ID),
 * and the payment keeps the last request id.
 */
final class PayPayCalls {

    private static final Logger LOG = LoggerFactory.getLogger(PayPayCalls.class);
    private static final int MAX_NOTE = 255;

    /** PayPay's "the code is gone and no payment exists". */
    static final String QR_PAYMENT_NOT_FOUND = "DYNAMIC_QR_PAYMENT_NOT_FOUND";
    static final String QR_ALREADY_PAID = "DYNAMIC_QR_ALREADY_PAID";
    static final String QR_NOT_FOUND = "DYNAMIC_QR_NOT_FOUND";
    static final String NO_SUCH_REFUND = "NO_SUCH_REFUND_ORDER";

    private final PayPayClient client;
    private final Journal journal;
    private final Clock clock;

    PayPayCalls(PayPayClient client, Journal journal, Clock clock) {
        this.client = client;
        this.journal = journal;
        this.clock = clock;
    }

    OpaResult<QrCode> createQrCode(CreateQrCodeRequest request) {
        String id = request.merchantPaymentId();
        return record(OpaOperation.CREATE_QR_CODE, id, id, () -> client.createQrCode(request));
    }

    /** The payment's state at PayPay, on the endpoint its kind is polled on (codes for QR, payments for native). */
    OpaResult<PaymentDetails> details(PaymentRecord p) {
        String id = p.merchantPaymentId();
        return p.kind().isNative()
                ? record(OpaOperation.GET_PAYMENT_DETAILS, id, id, () -> client.getPaymentDetails(id))
                : record(OpaOperation.GET_QR_PAYMENT_DETAILS, id, id, () -> client.getQrPaymentDetails(id));
    }

    OpaResult<NoContent> deleteQrCode(String merchantPaymentId, String codeId) {
        return record(OpaOperation.DELETE_QR_CODE, merchantPaymentId, merchantPaymentId,
                () -> client.deleteQrCode(codeId));
    }

    OpaResult<NoContent> cancel(String merchantPaymentId) {
        return record(OpaOperation.CANCEL_PAYMENT, merchantPaymentId, merchantPaymentId,
                () -> client.cancelPayment(merchantPaymentId));
    }

    OpaResult<RefundDetails> refund(String merchantPaymentId, String merchantRefundId, String paymentId, long amount,
                                   String reason) {
        return record(OpaOperation.REFUND, merchantRefundId, merchantPaymentId, () -> client.refund(
                RefundRequest.of(merchantRefundId, paymentId, MoneyAmount.yen(amount), reason)));
    }

    OpaResult<RefundDetails> refundDetails(String merchantPaymentId, String merchantRefundId, String paymentId) {
        return record(OpaOperation.GET_REFUND_DETAILS, merchantRefundId, merchantPaymentId,
                () -> client.getRefundDetails(merchantRefundId, paymentId));
    }

    OpaResult<PaymentDetails> capture(String merchantPaymentId, String merchantCaptureId, long amount,
                                      String orderDescription) {
        return record(OpaOperation.CAPTURE, merchantCaptureId, merchantPaymentId, () -> client.capture(
                CaptureRequest.of(merchantPaymentId, merchantCaptureId, MoneyAmount.yen(amount), orderDescription)));
    }

    OpaResult<RevertResult> revert(String merchantPaymentId, String merchantRevertId, String paymentId,
                                   String reason) {
        return record(OpaOperation.REVERT_AUTHORIZATION, merchantRevertId, merchantPaymentId,
                () -> client.revertAuthorization(RevertRequest.of(merchantRevertId, paymentId, reason)));
    }

    /** Direct debit of a linked user ({@code POST /v2/payments}). */
    OpaResult<PaymentDetails> createPayment(CreatePaymentRequest request, boolean agreeSimilarTransaction) {
        String id = request.merchantPaymentId();
        return record(OpaOperation.CREATE_PAYMENT, id, id, () -> client.createPayment(request,
                agreeSimilarTransaction));
    }

    /** Pre-authorization of a linked user's payment ({@code POST /v2/payments/preauthorize}). */
    OpaResult<PaymentDetails> preAuthorize(PreAuthorizeRequest request, boolean agreeSimilarTransaction) {
        String id = request.payment().merchantPaymentId();
        return record(OpaOperation.PRE_AUTHORIZE, id, id, () -> client.preAuthorize(request,
                agreeSimilarTransaction));
    }

    /** The account-link QR session; the event is logged under the customer's reference (no payment involved). */
    OpaResult<AccountLinkSession> accountLinkSession(String reference, AccountLinkRequest request) {
        return record(OpaOperation.CREATE_ACCOUNT_LINK_QR_SESSION, clip(reference, 64), null,
                () -> client.createAccountLinkQrSession(request));
    }

    OpaResult<UserAuthorization> userAuthorization(String reference, String userAuthorizationId) {
        return record(OpaOperation.GET_USER_AUTHORIZATION_STATUS, clip(reference, 64), null,
                () -> client.getUserAuthorizationStatus(userAuthorizationId));
    }

    OpaResult<NoContent> unlinkUser(String reference, String userAuthorizationId) {
        return record(OpaOperation.UNLINK_USER, clip(reference, 64), null,
                () -> client.unlinkUser(userAuthorizationId));
    }

    /**
     * Sends the call, appends its event, and stamps the payment (if {@code merchantPaymentId} is not null) with the
     * response's X-REQUEST-ID.
     */
    private <T> OpaResult<T> record(OpaOperation op, String merchantId, String merchantPaymentId,
                                    Supplier<OpaResult<T>> call) {
        OpaResult<T> result = call.get();
        // The HTTP exchange's own time, from the client's call events (retry waits after a 429 not included).
        long latencyMs = result.elapsed().toMillis();
        CallOutcome outcome = result.isSuccess() ? CallOutcome.SUCCESS
                : result.isRejected() ? CallOutcome.REJECTED : CallOutcome.UNKNOWN;
        String codeId = result instanceof OpaResult.Rejected<T> r ? clip(r.codeId(), 64) : null;
        String note = result instanceof OpaResult.Unknown<T> u ? clip(u.reason(), MAX_NOTE)
                : result instanceof OpaResult.Rejected<T> r ? clip(r.message(), MAX_NOTE) : null;
        String requestId = clip(result.requestId(), 64);
        try {
            journal.appendEvent(new CallEvent(clock.instant(), op.name(), merchantId, result.httpStatus(),
                    clip(result.code(), 64), codeId, outcome, latencyMs, requestId, note));
            if (requestId != null && merchantPaymentId != null) {
                journal.transition(merchantPaymentId, EnumSet.allOf(PaymentState.class),
                        PaymentChange.keepState().withRequestId(requestId));
            }
        } catch (RuntimeException e) {
            // The call's effect is still handled by the caller; a lost log line must not lose the answer.
            LOG.warn("Could not record the {} call for {}: {}", op, merchantId, e.toString());
        }
        return result;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
