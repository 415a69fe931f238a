package dev.kaikei.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * PayPay's order book: dynamic QR codes, native payments, pre-authorizations, refunds, captures and reverts, with
 * PayPay's state rules and result codes. Every method runs under this object's lock, so each state transition is
 * atomic under concurrent requests.
 */
final class PaymentBook {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final long SIMILAR_PAYMENT_WINDOW_SECONDS = 300;
    static final long DEFAULT_PREAUTH_SECONDS = 7 * 24 * 3600;
    /** How long the customer has to confirm a capture above the allowed limit in the app. */
    static final long CAPTURE_CONFIRMATION_SECONDS = 300;

    private final SimulatorClock clock;
    private final SimulatorOptions options;
    private final UserAuthorizations users;
    private final ObjectMapper mapper;
    private final IdGenerator ids;
    private volatile String baseUrl = "http://127.0.0.1";

    /** Insertion order keeps the ledger in creation order. */
    private final Map<String, PaymentRecord> byMerchantPaymentId = new LinkedHashMap<>();
    private final Map<String, PaymentRecord> byPaymentId = new HashMap<>();
    private final Map<String, PaymentRecord> byCodeId = new HashMap<>();
    private final Map<String, RefundRecord> refundsById = new LinkedHashMap<>();
    /** Cancels that arrived for merchant payment ids nobody had created (yet). */
    private final Set<String> heldCancels = new HashSet<>();

    record NewCode(String merchantPaymentId, long amount, String codeType, String orderDescription, String storeInfo,
                   String storeId, String terminalId, Long requestedAt, boolean isAuthorization,
                   Long authorizationExpiry, String redirectUrl, String redirectType) {
    }

    record NewPayment(String merchantPaymentId, String userAuthorizationId, long amount, Long requestedAt,
                      String storeId, String terminalId, String orderDescription, String orderReceiptNumber,
                      Long expiresAt) {
    }

    record NewRefund(String merchantRefundId, String paymentId, long amount, Long requestedAt, String reason) {
    }

    record NewCapture(String merchantPaymentId, String merchantCaptureId, long amount, Long requestedAt,
                      String orderDescription) {
    }

    record NewRevert(String merchantRevertId, String paymentId, Long requestedAt, String reason) {
    }

    /** A capture's answer: the order as it now stands, and whether it waits for the customer's confirmation. */
    record CaptureAnswer(ObjectNode payment, boolean awaitsCustomer) {
    }

    PaymentBook(SimulatorClock clock, SimulatorOptions options, UserAuthorizations users, ObjectMapper mapper,
                IdGenerator ids) {
        this.clock = clock;
        this.options = options;
        this.users = users;
        this.mapper = mapper;
        this.ids = ids;
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }

    // ---- Dynamic QR ----

    synchronized ObjectNode createCode(NewCode request) {
        if (!"ORDER_QR".equals(request.codeType())) {
            throw JsonRequest.invalid("codeType must be ORDER_QR");
        }
        if (byMerchantPaymentId.containsKey(request.merchantPaymentId())) {
            throw new ApiException(ResultCode.DUPLICATE_DYNAMIC_QR_REQUEST);
        }
        long now = clock.epochSecond();
        PaymentRecord p = new PaymentRecord(PaymentRecord.Kind.QR, request.merchantPaymentId(), request.amount(),
                request.isAuthorization(), request.requestedAt(), request.storeId(), request.terminalId(),
                request.orderDescription(), null, null);
        p.codeId = ids.codeId();
        p.codeExpiryDate = now + options.expirySeconds();
        p.expiresAt = p.codeExpiryDate;
        p.authorizationExpiry = request.authorizationExpiry();
        p.cancelHeld = heldCancels.remove(request.merchantPaymentId());
        byMerchantPaymentId.put(p.merchantPaymentId, p);
        byCodeId.put(p.codeId, p);

        String url = baseUrl + "/simulator/pay/" + p.codeId;
        ObjectNode data = mapper.createObjectNode();
        data.put("codeId", p.codeId);
        data.put("url", url);
        data.put("deeplink", "paypay://payment?link_key=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        data.put("expiryDate", p.codeExpiryDate);
        data.put("merchantPaymentId", p.merchantPaymentId);
        data.set("amount", money(p.amount));
        putIfPresent(data, "orderDescription", p.orderDescription);
        data.put("codeType", request.codeType());
        putIfPresent(data, "storeInfo", request.storeInfo());
        putIfPresent(data, "storeId", p.storeId);
        putIfPresent(data, "terminalId", p.terminalId);
        data.put("requestedAt", p.requestedAt == null ? now : p.requestedAt);
        putIfPresent(data, "redirectUrl", request.redirectUrl());
        putIfPresent(data, "redirectType", request.redirectType());
        data.put("isAuthorization", p.authorization);
        if (p.authorizationExpiry != null) {
            data.put("authorizationExpiry", p.authorizationExpiry);
        }
        return data;
    }

    synchronized ObjectNode codePayment(String merchantPaymentId) {
        PaymentRecord p = byMerchantPaymentId.get(merchantPaymentId);
        // A deleted code that was never paid is gone for PayPay: "create a new code to start over".
        if (p == null || p.kind != PaymentRecord.Kind.QR
                || (p.codeDeleted && p.status == PaymentStatus.CREATED)) {
            throw new ApiException(ResultCode.DYNAMIC_QR_PAYMENT_NOT_FOUND);
        }
        return paymentJson(p);
    }

    synchronized ObjectNode deleteCode(String codeId) {
        PaymentRecord p = byCodeId.get(codeId);
        if (p == null || p.codeDeleted) {
            throw new ApiException(ResultCode.DYNAMIC_QR_NOT_FOUND);
        }
        if (p.acceptedAt != null) {
            throw new ApiException(ResultCode.DYNAMIC_QR_ALREADY_PAID);
        }
        p.codeDeleted = true;
        ObjectNode data = mapper.createObjectNode();
        data.put("qrStatus", "DELETED");
        return data;
    }

    /** The customer scans and pays (or, with {@code approve == false}, declines) a code. */
    synchronized CustomerAction.Result customerAction(String codeId, boolean approve) {
        PaymentRecord p = byCodeId.get(codeId);
        long now = clock.epochSecond();
        if (p == null) {
            throw new CustomerAction.Refused(CustomerAction.Reason.CODE_NOT_FOUND);
        }
        if (p.codeDeleted) {
            throw new CustomerAction.Refused(CustomerAction.Reason.CODE_DELETED);
        }
        if (p.status != PaymentStatus.CREATED) {
            throw new CustomerAction.Refused(CustomerAction.Reason.CODE_ALREADY_USED);
        }
        if (p.codeExpired(now)) {
            throw new CustomerAction.Refused(CustomerAction.Reason.CODE_EXPIRED);
        }
        if (!approve) {
            p.status = PaymentStatus.FAILED;
        } else {
            p.paymentId = ids.paymentId();
            byPaymentId.put(p.paymentId, p);
            p.acceptedAt = now;
            if (p.authorization) {
                p.status = PaymentStatus.AUTHORIZED;
                p.authorizedAt = now;
                p.expiresAt = p.authorizationExpiry != null ? p.authorizationExpiry : now + DEFAULT_PREAUTH_SECONDS;
            } else {
                p.status = PaymentStatus.COMPLETED;
            }
            applyHeldCancel(p, now);
        }
        return new CustomerAction.Result(codeId, p.merchantPaymentId, p.paymentId, p.status);
    }

    /** Read-only facts for the customer's payment page, or null when the code is unknown. */
    synchronized CustomerAction.CodeView codeView(String codeId) {
        PaymentRecord p = byCodeId.get(codeId);
        if (p == null) {
            return null;
        }
        long now = clock.epochSecond();
        return new CustomerAction.CodeView(codeId, p.merchantPaymentId, p.amount, p.orderDescription, p.status,
                p.codeDeleted, p.codeExpired(now), p.codeExpiryDate - now);
    }

    // ---- Native payments and pre-authorizations ----

    synchronized ObjectNode createPayment(NewPayment request, boolean agreeSimilar, boolean preauthorize) {
        if (byMerchantPaymentId.containsKey(request.merchantPaymentId())) {
            throw new ApiException(ResultCode.DUPLICATE_PAYMENT_ID);
        }
        long now = clock.epochSecond();
        users.requireUsable(request.userAuthorizationId(), now);
        if (!agreeSimilar && hasSimilarPayment(request.userAuthorizationId(), request.amount(), now)) {
            throw new ApiException(ResultCode.SUSPECTED_DUPLICATE_PAYMENT);
        }
        if (!users.hasEnoughBalance(request.userAuthorizationId(), request.amount())) {
            throw new ApiException(ResultCode.NO_SUFFICIENT_FUND);
        }
        PaymentRecord p = new PaymentRecord(preauthorize ? PaymentRecord.Kind.PREAUTH : PaymentRecord.Kind.NATIVE,
                request.merchantPaymentId(), request.amount(), preauthorize, request.requestedAt(), request.storeId(),
                request.terminalId(), request.orderDescription(), request.orderReceiptNumber(),
                request.userAuthorizationId());
        p.paymentId = ids.paymentId();
        p.acceptedAt = now;
        if (preauthorize) {
            p.status = PaymentStatus.AUTHORIZED;
            p.authorizedAt = now;
            p.expiresAt = request.expiresAt() != null ? request.expiresAt() : now + DEFAULT_PREAUTH_SECONDS;
        } else {
            p.status = PaymentStatus.COMPLETED;
        }
        p.cancelHeld = heldCancels.remove(p.merchantPaymentId);
        applyHeldCancel(p, now);
        byMerchantPaymentId.put(p.merchantPaymentId, p);
        byPaymentId.put(p.paymentId, p);
        return paymentJson(p);
    }

    private boolean hasSimilarPayment(String userAuthorizationId, long amount, long now) {
        return byMerchantPaymentId.values().stream().anyMatch(p -> p.kind != PaymentRecord.Kind.QR
                && userAuthorizationId.equals(p.userAuthorizationId) && p.amount == amount && p.acceptedAt != null
                && now - p.acceptedAt < SIMILAR_PAYMENT_WINDOW_SECONDS);
    }

    synchronized ObjectNode payment(String merchantPaymentId) {
        PaymentRecord p = byMerchantPaymentId.get(merchantPaymentId);
        // Real PayPay answers "Order not found" for dynamic-QR orders here; they are polled on /v2/codes/payments.
        if (p == null || p.kind == PaymentRecord.Kind.QR) {
            throw new ApiException(ResultCode.ORDER_NOT_FOUND);
        }
        return paymentJson(p);
    }

    /**
     * Cancels (reverses) an order. A cancel for an order that is not paid yet — or not even created yet — is accepted
     * and held: when the payment happens it ends FAILED and the money goes back, as PayPay guarantees.
     */
    synchronized void cancel(String merchantPaymentId) {
        long now = clock.epochSecond();
        PaymentRecord p = byMerchantPaymentId.get(merchantPaymentId);
        if (p == null) {
            heldCancels.add(merchantPaymentId);
            return;
        }
        p.refresh(now);
        switch (p.status) {
            case CREATED -> p.cancelHeld = true;
            case FAILED -> {
                // Already cancelled (or declined): accepted again, nothing changes.
            }
            case COMPLETED, AUTHORIZED -> {
                if (!p.refunds.isEmpty() || now > cancelDeadline(p.acceptedAt)) {
                    throw new ApiException(ResultCode.ORDER_NOT_REVERSIBLE);
                }
                p.status = PaymentStatus.FAILED;
                p.canceledAt = now;
            }
            case REAUTHORIZING, REFUNDED, EXPIRED, CANCELED ->
                    throw new ApiException(ResultCode.ORDER_NOT_REVERSIBLE);
            default -> throw new IllegalStateException("unhandled status " + p.status);
        }
    }

    /** 00:14:59 Asia/Tokyo on the day after the payment was accepted, in epoch seconds (inclusive). */
    static long cancelDeadline(long acceptedAt) {
        LocalDate day = Instant.ofEpochSecond(acceptedAt).atZone(TOKYO).toLocalDate();
        return day.plusDays(1).atTime(0, 14, 59).atZone(TOKYO).toEpochSecond();
    }

    private static void applyHeldCancel(PaymentRecord p, long now) {
        if (p.cancelHeld) {
            p.status = PaymentStatus.FAILED;
            p.canceledAt = now;
        }
    }

    // ---- Refunds ----

    synchronized ObjectNode refund(NewRefund request) {
        RefundRecord previous = refundsById.get(request.merchantRefundId());
        if (previous != null) {
            return refundJson(previous, clock.epochSecond());
        }
        PaymentRecord p = byPaymentId.get(request.paymentId());
        if (p == null) {
            throw new ApiException(ResultCode.ORDER_NOT_FOUND);
        }
        long now = clock.epochSecond();
        p.refresh(now);
        if (!p.refunds.isEmpty() && !options.multipleRefunds()) {
            throw new ApiException(ResultCode.MULTIPLE_REFUND_NOT_ALLOWED);
        }
        if (p.status != PaymentStatus.COMPLETED) {
            throw new ApiException(ResultCode.ORDER_NOT_REFUNDABLE);
        }
        if (request.amount() > p.paidAmount() - p.refundedAmount()) {
            throw new ApiException(ResultCode.INVALID_REFUND_AMOUNT);
        }
        RefundRecord refund = new RefundRecord(request.merchantRefundId(), p.paymentId, p.merchantPaymentId,
                request.amount(), request.requestedAt(), request.reason(), now,
                now + options.refundProcessingSeconds());
        p.refunds.add(refund);
        refundsById.put(refund.merchantRefundId(), refund);
        if (p.refundedAmount() == p.paidAmount()) {
            p.status = PaymentStatus.REFUNDED;
        }
        // With a processing delay (the default) the answer says CREATED: PayPay processes refunds asynchronously.
        return refundJson(refund, now);
    }

    synchronized ObjectNode refundDetails(String merchantRefundId, String paymentId) {
        RefundRecord r = refundsById.get(merchantRefundId);
        if (r == null || (paymentId != null && !paymentId.equals(r.paymentId()))) {
            throw new ApiException(ResultCode.NO_SUCH_REFUND_ORDER);
        }
        return refundJson(r, clock.epochSecond());
    }

    // ---- Pre-auth capture and revert ----

    /**
     * Captures an authorized order. Above {@link SimulatorOptions#captureConfirmationLimit()} the capture waits for the
     * customer ({@link #answerCapture}): the order is REAUTHORIZING and lists the capture as USER_REQUESTED.
     */
    synchronized CaptureAnswer capture(NewCapture request) {
        PaymentRecord p = byMerchantPaymentId.get(request.merchantPaymentId());
        if (p == null || p.paymentId == null) {
            throw new ApiException(ResultCode.ORDER_NOT_FOUND);
        }
        long now = clock.epochSecond();
        p.refresh(now);
        if (!p.captures.isEmpty()) {
            throw new ApiException(ResultCode.ALREADY_CAPTURED);
        }
        if (p.status == PaymentStatus.EXPIRED) {
            throw new ApiException(ResultCode.ORDER_EXPIRED);
        }
        if (p.status == PaymentStatus.REAUTHORIZING) {
            throw new ApiException(ResultCode.REAUTHORIZATION_IN_PROGRESS);
        }
        if (p.status != PaymentStatus.AUTHORIZED) {
            throw new ApiException(ResultCode.ORDER_NOT_CAPTURABLE);
        }
        if (request.amount() > p.amount) {
            throw new ApiException(ResultCode.HIGHER_CAPTURE_NOT_PERMITTED);
        }
        CaptureRecord capture = new CaptureRecord(request.merchantCaptureId(), request.amount(),
                request.orderDescription(), request.requestedAt(), now);
        long limit = options.captureConfirmationLimit();
        if (limit > 0 && request.amount() > limit) {
            p.pendingCapture = capture;
            p.pendingCaptureExpiresAt = Math.min(now + CAPTURE_CONFIRMATION_SECONDS,
                    p.expiresAt != null ? p.expiresAt : Long.MAX_VALUE);
            p.status = PaymentStatus.REAUTHORIZING;
            return new CaptureAnswer(paymentJson(p), true);
        }
        p.captures.add(capture);
        p.status = PaymentStatus.COMPLETED;
        return new CaptureAnswer(paymentJson(p), false);
    }

    /**
     * The customer confirms (the capture completes) or declines (the authorization stands as before) a capture that
     * waits for confirmation.
     */
    synchronized CustomerAction.Result answerCapture(String merchantPaymentId, boolean confirm) {
        PaymentRecord p = byMerchantPaymentId.get(merchantPaymentId);
        if (p == null) {
            throw new CustomerAction.Refused(CustomerAction.Reason.PAYMENT_NOT_FOUND);
        }
        long now = clock.epochSecond();
        p.refresh(now);
        CaptureRecord pending = p.pendingCapture;
        if (pending == null) {
            throw new CustomerAction.Refused(CustomerAction.Reason.NO_CAPTURE_TO_CONFIRM);
        }
        p.pendingCapture = null;
        if (confirm) {
            p.captures.add(new CaptureRecord(pending.merchantCaptureId(), pending.amount(), pending.orderDescription(),
                    pending.requestedAt(), now));
            p.status = PaymentStatus.COMPLETED;
        } else {
            p.status = PaymentStatus.AUTHORIZED;
        }
        return new CustomerAction.Result(p.codeId, p.merchantPaymentId, p.paymentId, p.status);
    }

    synchronized ObjectNode revert(NewRevert request) {
        PaymentRecord p = byPaymentId.get(request.paymentId());
        if (p == null) {
            throw new ApiException(ResultCode.ORDER_NOT_FOUND);
        }
        long now = clock.epochSecond();
        p.refresh(now);
        if (p.status != PaymentStatus.AUTHORIZED) {
            throw new ApiException(ResultCode.ORDER_NOT_CANCELABLE);
        }
        p.revert = new RevertRecord(request.merchantRevertId(), p.paymentId, request.requestedAt(), request.reason(),
                now);
        p.status = PaymentStatus.CANCELED;
        p.canceledAt = now;
        ObjectNode data = mapper.createObjectNode();
        data.put("status", "CANCELED");
        data.put("acceptedAt", now);
        data.put("paymentId", p.paymentId);
        putIfPresent(data, "requestedAt", request.requestedAt());
        putIfPresent(data, "reason", request.reason());
        return data;
    }

    // ---- Views ----

    synchronized Ledger ledger() {
        long now = clock.epochSecond();
        var payments = new ArrayList<Ledger.Payment>();
        var refunds = new ArrayList<Ledger.Refund>();
        var captures = new ArrayList<Ledger.Capture>();
        var reverts = new ArrayList<Ledger.Revert>();
        for (PaymentRecord p : byMerchantPaymentId.values()) {
            p.refresh(now);
            boolean charged = p.acceptedAt != null;
            payments.add(new Ledger.Payment(p.kind.name(), p.merchantPaymentId, p.paymentId, p.codeId,
                    p.status.name(), p.amount, charged ? p.paidAmount() : 0, p.refundedAmount(), p.acceptedAt,
                    p.canceledAt));
            p.refunds.forEach(r -> refunds.add(new Ledger.Refund(r.merchantRefundId(), r.paymentId(),
                    r.merchantPaymentId(), r.status(now), r.amount(), r.acceptedAt())));
            p.captures.forEach(c -> captures.add(new Ledger.Capture(c.merchantCaptureId(), p.paymentId,
                    p.merchantPaymentId, c.amount(), c.acceptedAt())));
            if (p.revert != null) {
                reverts.add(new Ledger.Revert(p.revert.merchantRevertId(), p.paymentId, p.merchantPaymentId,
                        p.revert.acceptedAt()));
            }
        }
        return new Ledger(payments, refunds, captures, reverts);
    }

    /** PayPay's daily transaction file of one Tokyo day, written from the books as they stand now. */
    synchronized byte[] transactionFile(TransactionFileWriter writer, LocalDate day, boolean preAuth) {
        long now = clock.epochSecond();
        byMerchantPaymentId.values().forEach(p -> p.refresh(now));
        return writer.write(byMerchantPaymentId.values(), day, preAuth);
    }

    private ObjectNode paymentJson(PaymentRecord p) {
        long now = clock.epochSecond();
        p.refresh(now);
        ObjectNode data = mapper.createObjectNode();
        putIfPresent(data, "paymentId", p.paymentId);
        data.put("status", p.status.name());
        putIfPresent(data, "acceptedAt", p.acceptedAt);
        putIfPresent(data, "authorizedAt", p.authorizedAt);
        ArrayNode refunds = data.putObject("refunds").putArray("data");
        p.refunds.forEach(r -> refunds.add(refundJson(r, now)));
        ArrayNode captures = data.putObject("captures").putArray("data");
        for (CaptureRecord c : p.captures) {
            captureJson(captures.addObject(), c).put("status", "COMPLETED");
        }
        if (p.pendingCapture != null) {
            captureJson(captures.addObject(), p.pendingCapture).put("status", "USER_REQUESTED")
                    .put("expiresAt", p.pendingCaptureExpiresAt);
        }
        if (p.revert != null) {
            ObjectNode revert = data.putObject("revert");
            revert.put("acceptedAt", p.revert.acceptedAt());
            revert.put("merchantRevertId", p.revert.merchantRevertId());
            revert.put("paymentId", p.revert.paymentId());
            putIfPresent(revert, "requestedAt", p.revert.requestedAt());
            putIfPresent(revert, "reason", p.revert.reason());
        }
        data.put("merchantPaymentId", p.merchantPaymentId);
        putIfPresent(data, "userAuthorizationId", p.userAuthorizationId);
        data.set("amount", money(p.amount));
        putIfPresent(data, "requestedAt", p.requestedAt);
        putIfPresent(data, "expiresAt", p.expiresAt);
        putIfPresent(data, "canceledAt", p.canceledAt);
        putIfPresent(data, "storeId", p.storeId);
        putIfPresent(data, "terminalId", p.terminalId);
        putIfPresent(data, "orderReceiptNumber", p.orderReceiptNumber);
        putIfPresent(data, "orderDescription", p.orderDescription);
        if (p.acceptedAt != null) {
            ObjectNode method = data.putArray("paymentMethods").addObject();
            method.set("amount", money(p.paidAmount()));
            method.put("type", "WALLET");
        }
        return data;
    }

    private ObjectNode captureJson(ObjectNode capture, CaptureRecord c) {
        capture.put("merchantCaptureId", c.merchantCaptureId());
        capture.set("amount", money(c.amount()));
        putIfPresent(capture, "orderDescription", c.orderDescription());
        putIfPresent(capture, "requestedAt", c.requestedAt());
        capture.put("acceptedAt", c.acceptedAt());
        return capture;
    }

    private ObjectNode refundJson(RefundRecord r, long now) {
        ObjectNode data = mapper.createObjectNode();
        data.put("status", r.status(now));
        data.put("acceptedAt", r.acceptedAt());
        data.put("merchantRefundId", r.merchantRefundId());
        data.put("paymentId", r.paymentId());
        data.set("amount", money(r.amount()));
        putIfPresent(data, "requestedAt", r.requestedAt());
        putIfPresent(data, "reason", r.reason());
        return data;
    }

    private ObjectNode money(long yen) {
        ObjectNode money = mapper.createObjectNode();
        money.put("amount", yen);
        money.put("currency", "JPY");
        return money;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
