package dev.kaikei.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** Turns each PayPay API call into a validated request for the {@link PaymentBook} or {@link UserAuthorizations}. */
final class PayPayOperations {

    private final ObjectMapper mapper;
    private final PaymentBook book;
    private final UserAuthorizations users;
    private final Supplier<String> baseUrl;

    PayPayOperations(ObjectMapper mapper, PaymentBook book, UserAuthorizations users, Supplier<String> baseUrl) {
        this.mapper = mapper;
        this.book = book;
        this.users = users;
        this.baseUrl = baseUrl;
    }

    private JsonRequest body(ApiHandler.Call call) {
        return JsonRequest.parse(mapper, call.body());
    }

    private static ApiHandler.Reply ok(ObjectNode data) {
        return ApiHandler.Reply.of(ResultCode.SUCCESS, data);
    }

    ApiHandler.Reply createCode(ApiHandler.Call call) {
        JsonRequest r = body(call);
        var request = new PaymentBook.NewCode(r.id("merchantPaymentId"), r.amount("amount"),
                r.requiredText("codeType"), r.optionalText("orderDescription"), r.optionalText("storeInfo"),
                r.optionalText("storeId"), r.optionalText("terminalId"), r.epochSeconds("requestedAt", false),
                r.bool("isAuthorization"), r.epochSeconds("authorizationExpiry", false),
                r.optionalText("redirectUrl"), redirectType(r.optionalText("redirectType")));
        return ApiHandler.Reply.of(ResultCode.CREATED, book.createCode(request));
    }

    private static String redirectType(String value) {
        if (value != null && !value.equals("WEB_LINK") && !value.equals("APP_DEEP_LINK")
                && !value.equals("WEBVIEW_IN_PAYPAY")) {
            throw JsonRequest.invalid("redirectType must be WEB_LINK, APP_DEEP_LINK or WEBVIEW_IN_PAYPAY");
        }
        return value;
    }

    ApiHandler.Reply codePayment(ApiHandler.Call call) {
        return ok(book.codePayment(JsonRequest.pathId("merchantPaymentId", call.var(0))));
    }

    ApiHandler.Reply deleteCode(ApiHandler.Call call) {
        return ok(book.deleteCode(JsonRequest.pathId("codeId", call.var(0))));
    }

    ApiHandler.Reply createPayment(ApiHandler.Call call) {
        return ok(book.createPayment(newPayment(call, false), agreeSimilar(call), false));
    }

    ApiHandler.Reply preauthorize(ApiHandler.Call call) {
        return ok(book.createPayment(newPayment(call, true), agreeSimilar(call), true));
    }

    private PaymentBook.NewPayment newPayment(ApiHandler.Call call, boolean preauthorize) {
        JsonRequest r = body(call);
        return new PaymentBook.NewPayment(r.id("merchantPaymentId"), r.id("userAuthorizationId"), r.amount("amount"),
                r.epochSeconds("requestedAt", true), r.optionalText("storeId"), r.optionalText("terminalId"),
                r.optionalText("orderDescription"), r.optionalText("orderReceiptNumber"),
                preauthorize ? r.epochSeconds("expiresAt", false) : null);
    }

    private static boolean agreeSimilar(ApiHandler.Call call) {
        String value = call.query().get("agreeSimilarTransaction");
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw JsonRequest.invalid("agreeSimilarTransaction must be true or false");
    }

    ApiHandler.Reply payment(ApiHandler.Call call) {
        return ok(book.payment(JsonRequest.pathId("merchantPaymentId", call.var(0))));
    }

    ApiHandler.Reply cancel(ApiHandler.Call call) {
        book.cancel(JsonRequest.pathId("merchantPaymentId", call.var(0)));
        return ApiHandler.Reply.of(ResultCode.REQUEST_ACCEPTED, null);
    }

    ApiHandler.Reply refund(ApiHandler.Call call) {
        JsonRequest r = body(call);
        var request = new PaymentBook.NewRefund(r.id("merchantRefundId"), r.id("paymentId"), r.amount("amount"),
                r.epochSeconds("requestedAt", true), r.optionalText("reason"));
        return ok(book.refund(request));
    }

    ApiHandler.Reply refundDetails(ApiHandler.Call call) {
        String paymentId = call.query().get("paymentId");
        return ok(book.refundDetails(JsonRequest.pathId("merchantRefundId", call.var(0)),
                paymentId == null ? null : JsonRequest.pathId("paymentId", paymentId)));
    }

    ApiHandler.Reply capture(ApiHandler.Call call) {
        JsonRequest r = body(call);
        var request = new PaymentBook.NewCapture(r.id("merchantPaymentId"), r.id("merchantCaptureId"),
                r.amount("amount"), r.epochSeconds("requestedAt", true), r.requiredText("orderDescription"));
        PaymentBook.CaptureAnswer answer = book.capture(request);
        return ApiHandler.Reply.of(answer.awaitsCustomer() ? ResultCode.USER_CONFIRMATION_REQUIRED
                : ResultCode.SUCCESS, answer.payment());
    }

    ApiHandler.Reply revert(ApiHandler.Call call) {
        JsonRequest r = body(call);
        var request = new PaymentBook.NewRevert(r.id("merchantRevertId"), r.id("paymentId"),
                r.epochSeconds("requestedAt", true), r.optionalText("reason"));
        return ok(book.revert(request));
    }

    ApiHandler.Reply createSession(ApiHandler.Call call) {
        JsonRequest r = body(call);
        var request = new UserAuthorizations.NewSession(r.stringList("scopes"), r.requiredText("nonce"),
                r.requiredText("redirectUrl"), redirectType(r.optionalText("redirectType")),
                r.requiredText("referenceId"), r.optionalText("phoneNumber"));
        r.optionalText("deviceId");
        r.optionalText("userAgent");
        String sessionId = users.createSession(request);
        ObjectNode data = mapper.createObjectNode();
        data.put("linkQRCodeURL", baseUrl.get() + "/simulator/link/" + sessionId);
        return ApiHandler.Reply.of(ResultCode.CREATED, data);
    }

    ApiHandler.Reply userStatus(ApiHandler.Call call) {
        return ok(users.status(JsonRequest.pathId("userAuthorizationId", call.query().get("userAuthorizationId"))));
    }

    ApiHandler.Reply unlink(ApiHandler.Call call) {
        users.unlink(JsonRequest.pathId("userAuthorizationId", call.var(0)));
        return ok(null);
    }

    ApiHandler.Reply checkBalance(ApiHandler.Call call) {
        String user = JsonRequest.pathId("userAuthorizationId", call.query().get("userAuthorizationId"));
        String amount = call.query().get("amount");
        String currency = call.query().get("currency");
        if (amount == null || currency == null) {
            throw JsonRequest.missing("amount and currency");
        }
        long yen;
        try {
            yen = Long.parseLong(amount);
        } catch (NumberFormatException e) {
            throw JsonRequest.invalid("amount must be an integer");
        }
        if (yen <= 0 || yen > JsonRequest.MAX_AMOUNT || !"JPY".equals(currency)) {
            throw JsonRequest.invalid("amount must be 1.." + JsonRequest.MAX_AMOUNT + " JPY");
        }
        return ok(users.checkBalance(user, yen));
    }
}
