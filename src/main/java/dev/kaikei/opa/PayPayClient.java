package dev.kaikei.opa;

import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.AccountLinkSession;
import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PreAuthorizeRequest;
import dev.kaikei.opa.model.QrCode;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.opa.model.RevertRequest;
import dev.kaikei.opa.model.RevertResult;
import dev.kaikei.opa.model.UserAuthorization;
import dev.kaikei.opa.model.WalletBalance;

/**
 * Thread-safe client of the PayPay Open Payment API: one instance serves all threads. Every call returns an
 * {@link OpaResult} (never throws for HTTP or network trouble); invalid input throws {@link InvalidRequestException}
 * before anything is sent. Only 429 is retried automatically.
 */
public final class PayPayClient implements AutoCloseable {

    public PayPayClient(OpaClientConfig config) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v2/codes} → 201: a dynamic QR code for the customer to scan. */
    public OpaResult<QrCode> createQrCode(CreateQrCodeRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code GET /v2/codes/payments/{merchantPaymentId}}: the poll of a QR payment. */
    public OpaResult<PaymentDetails> getQrPaymentDetails(String merchantPaymentId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code DELETE /v2/codes/{codeId}}: withdraws an unpaid code (then poll once more: it may have been paid). */
    public OpaResult<NoContent> deleteQrCode(String codeId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code DELETE /v2/payments/{merchantPaymentId}} → 202 REQUEST_ACCEPTED (a success): cancels a payment. */
    public OpaResult<NoContent> cancelPayment(String merchantPaymentId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v2/refunds}: the refund may come back CREATED; follow it with {@link #getRefundDetails}. */
    public OpaResult<RefundDetails> refund(RefundRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code GET /v2/refunds/{merchantRefundId}?paymentId=}: paymentId is required by the current spec (§11). */
    public OpaResult<RefundDetails> getRefundDetails(String merchantRefundId, String paymentId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v2/payments/capture}: 200 COMPLETED, or 202 USER_CONFIRMATION_REQUIRED (data may be null). */
    public OpaResult<PaymentDetails> capture(CaptureRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v2/payments/preauthorize/revert}: releases an AUTHORIZED payment. */
    public OpaResult<RevertResult> revertAuthorization(RevertRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v1/qr/sessions}: an account-link QR for a customer to approve direct debit. */
    public OpaResult<AccountLinkSession> createAccountLinkQrSession(AccountLinkRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code DELETE /v2/user/authorizations/{userAuthorizationId}}: unlinks a customer. */
    public OpaResult<NoContent> unlinkUser(String userAuthorizationId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v2/payments}: charges a linked user. */
    public OpaResult<PaymentDetails> createPayment(CreatePaymentRequest request) {
        return createPayment(request, false);
    }

    /**
     * {@code POST /v2/payments[?agreeSimilarTransaction=true]}: with {@code agreeSimilarTransaction} PayPay skips its
     * duplicate check (SUSPECTED_DUPLICATE_PAYMENT). The query is not part of the signature.
     */
    public OpaResult<PaymentDetails> createPayment(CreatePaymentRequest request, boolean agreeSimilarTransaction) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code GET /v2/payments/{merchantPaymentId}}: native payments only (QR payments: {@link #getQrPaymentDetails}). */
    public OpaResult<PaymentDetails> getPaymentDetails(String merchantPaymentId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code POST /v2/payments/preauthorize}: authorizes a linked user's payment for later capture. */
    public OpaResult<PaymentDetails> preAuthorize(PreAuthorizeRequest request) {
        return preAuthorize(request, false);
    }

    /** {@code POST /v2/payments/preauthorize[?agreeSimilarTransaction=true]}. */
    public OpaResult<PaymentDetails> preAuthorize(PreAuthorizeRequest request, boolean agreeSimilarTransaction) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code GET /v2/user/authorizations?userAuthorizationId=}. */
    public OpaResult<UserAuthorization> getUserAuthorizationStatus(String userAuthorizationId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code GET /v2/wallet/check_balance?userAuthorizationId=&amount=&currency=JPY}. */
    public OpaResult<WalletBalance> checkWalletBalance(String userAuthorizationId, long amount) {
        return checkWalletBalance(userAuthorizationId, amount, null);
    }

    /** As {@link #checkWalletBalance(String, long)} with a {@code productType} (null for none). */
    public OpaResult<WalletBalance> checkWalletBalance(String userAuthorizationId, long amount, String productType) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Releases the connection pool and dispatcher threads. */
    @Override
    public void close() {
    }
}
