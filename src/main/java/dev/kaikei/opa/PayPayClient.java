package dev.kaikei.opa;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.Timestamped;
import java.util.Objects;

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
 * before anything is sent. Only 429 is retried automatically (and a GET whose pooled connection turned out closed):
 * a request that could move money leaves at most once, whatever JVM settings the process runs with.
 */
public final class PayPayClient implements AutoCloseable {

    private final OpaClientConfig config;
    private final OpaTransport transport;

    public PayPayClient(OpaClientConfig config) {
        this(config, d -> Thread.sleep(d.toMillis()));
    }

    PayPayClient(OpaClientConfig config, OpaTransport.Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new OpaTransport(config, sleeper);
    }

    public OpaClientConfig config() {
        return config;
    }

    /** {@code POST /v2/codes} → 201: a dynamic QR code for the customer to scan. */
    public OpaResult<QrCode> createQrCode(CreateQrCodeRequest request) {
        Objects.requireNonNull(request, "request");
        FieldRules.merchantId("merchantPaymentId", request.merchantPaymentId());
        FieldRules.amount("amount", request.amount());
        FieldRules.optionalText("orderDescription", request.orderDescription());
        FieldRules.optionalText("storeInfo", request.storeInfo());
        FieldRules.optionalText("storeId", request.storeId());
        FieldRules.optionalText("terminalId", request.terminalId());
        FieldRules.optionalText("redirectUrl", request.redirectUrl());
        FieldRules.optionalText("userAgent", request.userAgent());
        return post(OpaOperation.CREATE_QR_CODE, url("v2/codes"), request, QrCode.class);
    }

    /** {@code GET /v2/codes/payments/{merchantPaymentId}}: the poll of a QR payment. */
    public OpaResult<PaymentDetails> getQrPaymentDetails(String merchantPaymentId) {
        FieldRules.merchantId("merchantPaymentId", merchantPaymentId);
        return send(OpaOperation.GET_QR_PAYMENT_DETAILS, url("v2/codes/payments", merchantPaymentId),
                PaymentDetails.class);
    }

    /** {@code DELETE /v2/codes/{codeId}}: withdraws an unpaid code (then poll once more: it may have been paid). */
    public OpaResult<NoContent> deleteQrCode(String codeId) {
        FieldRules.paypayId("codeId", codeId);
        return send(OpaOperation.DELETE_QR_CODE, url("v2/codes", codeId), NoContent.class);
    }

    /** {@code DELETE /v2/payments/{merchantPaymentId}} → 202 REQUEST_ACCEPTED (a success): cancels a payment. */
    public OpaResult<NoContent> cancelPayment(String merchantPaymentId) {
        FieldRules.merchantId("merchantPaymentId", merchantPaymentId);
        return send(OpaOperation.CANCEL_PAYMENT, url("v2/payments", merchantPaymentId), NoContent.class);
    }

    /** {@code POST /v2/refunds}: the refund may come back CREATED; follow it with {@link #getRefundDetails}. */
    public OpaResult<RefundDetails> refund(RefundRequest request) {
        Objects.requireNonNull(request, "request");
        FieldRules.merchantId("merchantRefundId", request.merchantRefundId());
        FieldRules.paypayId("paymentId", request.paymentId());
        FieldRules.amount("amount", request.amount());
        FieldRules.optionalText("reason", request.reason());
        return post(OpaOperation.REFUND, url("v2/refunds"), request, RefundDetails.class);
    }

    /** {@code GET /v2/refunds/{merchantRefundId}?paymentId=}: paymentId is required by the current spec (§11). */
    public OpaResult<RefundDetails> getRefundDetails(String merchantRefundId, String paymentId) {
        FieldRules.merchantId("merchantRefundId", merchantRefundId);
        FieldRules.paypayId("paymentId", paymentId);
        OpaUrl url = urlBuilder("v2/refunds", merchantRefundId).query("paymentId", paymentId).build();
        return send(OpaOperation.GET_REFUND_DETAILS, url, RefundDetails.class);
    }

    /** {@code POST /v2/payments/capture}: 200 COMPLETED, or 202 USER_CONFIRMATION_REQUIRED (data may be null). */
    public OpaResult<PaymentDetails> capture(CaptureRequest request) {
        Objects.requireNonNull(request, "request");
        FieldRules.merchantId("merchantPaymentId", request.merchantPaymentId());
        FieldRules.merchantId("merchantCaptureId", request.merchantCaptureId());
        FieldRules.amount("amount", request.amount());
        FieldRules.requiredText("orderDescription", request.orderDescription());
        return post(OpaOperation.CAPTURE, url("v2/payments/capture"), request, PaymentDetails.class);
    }

    /** {@code POST /v2/payments/preauthorize/revert}: releases an AUTHORIZED payment. */
    public OpaResult<RevertResult> revertAuthorization(RevertRequest request) {
        Objects.requireNonNull(request, "request");
        FieldRules.merchantId("merchantRevertId", request.merchantRevertId());
        FieldRules.paypayId("paymentId", request.paymentId());
        FieldRules.optionalText("reason", request.reason());
        return post(OpaOperation.REVERT_AUTHORIZATION, url("v2/payments/preauthorize/revert"), request,
                RevertResult.class);
    }

    /** {@code POST /v1/qr/sessions}: an account-link QR for a customer to approve direct debit. */
    public OpaResult<AccountLinkSession> createAccountLinkQrSession(AccountLinkRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.scopes().isEmpty()) {
            throw new InvalidRequestException("scopes", "must name at least one scope");
        }
        FieldRules.requiredText("nonce", request.nonce());
        FieldRules.requiredText("redirectUrl", request.redirectUrl());
        FieldRules.requiredText("referenceId", request.referenceId());
        FieldRules.optionalText("deviceId", request.deviceId());
        FieldRules.optionalText("userAgent", request.userAgent());
        return transport.send(OpaOperation.CREATE_ACCOUNT_LINK_QR_SESSION, url("v1/qr/sessions"), toJson(request),
                AccountLinkSession.class);
    }

    /** {@code DELETE /v2/user/authorizations/{userAuthorizationId}}: unlinks a customer. */
    public OpaResult<NoContent> unlinkUser(String userAuthorizationId) {
        FieldRules.paypayId("userAuthorizationId", userAuthorizationId);
        return send(OpaOperation.UNLINK_USER, url("v2/user/authorizations", userAuthorizationId), NoContent.class);
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
        checkPayment(request);
        return post(OpaOperation.CREATE_PAYMENT, agreeing(urlBuilder("v2/payments"), agreeSimilarTransaction),
                request, PaymentDetails.class);
    }

    /** {@code GET /v2/payments/{merchantPaymentId}}: native payments only (QR payments: {@link #getQrPaymentDetails}). */
    public OpaResult<PaymentDetails> getPaymentDetails(String merchantPaymentId) {
        FieldRules.merchantId("merchantPaymentId", merchantPaymentId);
        return send(OpaOperation.GET_PAYMENT_DETAILS, url("v2/payments", merchantPaymentId), PaymentDetails.class);
    }

    /** {@code POST /v2/payments/preauthorize}: authorizes a linked user's payment for later capture. */
    public OpaResult<PaymentDetails> preAuthorize(PreAuthorizeRequest request) {
        return preAuthorize(request, false);
    }

    /** {@code POST /v2/payments/preauthorize[?agreeSimilarTransaction=true]}. */
    public OpaResult<PaymentDetails> preAuthorize(PreAuthorizeRequest request, boolean agreeSimilarTransaction) {
        Objects.requireNonNull(request, "request");
        checkPayment(request.payment());
        return post(OpaOperation.PRE_AUTHORIZE, agreeing(urlBuilder("v2/payments/preauthorize"),
                agreeSimilarTransaction), request, PaymentDetails.class);
    }

    /** {@code GET /v2/user/authorizations?userAuthorizationId=}. */
    public OpaResult<UserAuthorization> getUserAuthorizationStatus(String userAuthorizationId) {
        FieldRules.paypayId("userAuthorizationId", userAuthorizationId);
        OpaUrl url = urlBuilder("v2/user/authorizations").query("userAuthorizationId",
                userAuthorizationId).build();
        return send(OpaOperation.GET_USER_AUTHORIZATION_STATUS, url, UserAuthorization.class);
    }

    /** {@code GET /v2/wallet/check_balance?userAuthorizationId=&amount=&currency=JPY}. */
    public OpaResult<WalletBalance> checkWalletBalance(String userAuthorizationId, long amount) {
        return checkWalletBalance(userAuthorizationId, amount, null);
    }

    /** As {@link #checkWalletBalance(String, long)} with a {@code productType} (null for none). */
    public OpaResult<WalletBalance> checkWalletBalance(String userAuthorizationId, long amount, String productType) {
        FieldRules.paypayId("userAuthorizationId", userAuthorizationId);
        FieldRules.positiveAmount("amount", amount);
        FieldRules.optionalText("productType", productType);
        OpaUrl.Builder url = urlBuilder("v2/wallet/check_balance")
                .query("userAuthorizationId", userAuthorizationId)
                .query("amount", Long.toString(amount))
                .query("currency", MoneyAmount.JPY);
        if (productType != null) {
            url.query("productType", productType);
        }
        return send(OpaOperation.CHECK_WALLET_BALANCE, url.build(), WalletBalance.class);
    }

    /** Releases the connection pool and the client's threads. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "PayPayClient[" + config.baseUrl() + ", merchant=" + config.credentials().merchantId() + "]";
    }

    private static void checkPayment(CreatePaymentRequest request) {
        Objects.requireNonNull(request, "request");
        FieldRules.merchantId("merchantPaymentId", request.merchantPaymentId());
        FieldRules.paypayId("userAuthorizationId", request.userAuthorizationId());
        FieldRules.amount("amount", request.amount());
        FieldRules.optionalText("storeId", request.storeId());
        FieldRules.optionalText("terminalId", request.terminalId());
        FieldRules.optionalText("orderReceiptNumber", request.orderReceiptNumber());
        FieldRules.optionalText("orderDescription", request.orderDescription());
        FieldRules.optionalText("productType", request.productType());
    }

    private <T, R extends Timestamped<R>> OpaResult<T> post(OpaOperation op, OpaUrl url, R request,
                                                           Class<T> dataType) {
        R stamped = request.requestedAt() != null
                ? request
                : request.withRequestedAt(config.clock().instant().getEpochSecond());
        return transport.send(op, url, toJson(stamped), dataType);
    }

    private <T> OpaResult<T> send(OpaOperation op, OpaUrl url, Class<T> dataType) {
        return transport.send(op, url, null, dataType);
    }

    /** Serialized once: these exact bytes are hashed and sent. */
    private static byte[] toJson(Object body) {
        try {
            return OpaJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + body.getClass().getSimpleName(), e);
        }
    }

    private OpaUrl url(String path, String... ids) {
        return urlBuilder(path, ids).build();
    }

    private OpaUrl.Builder urlBuilder(String path, String... ids) {
        OpaUrl.Builder b = transport.url().segments(path);
        for (String id : ids) {
            b.segment(id);
        }
        return b;
    }

    private static OpaUrl agreeing(OpaUrl.Builder url, boolean agreeSimilarTransaction) {
        if (agreeSimilarTransaction) {
            url.query("agreeSimilarTransaction", "true");
        }
        return url.build();
    }
}
