package dev.kaikei.simulator;

/**
 * PayPay result codes the simulator answers with: HTTP status, {@code resultInfo.code}, {@code codeId} and message, as
 * listed in the SDK guide's code tables (codeIds PayPay does not publish are {@code null}).
 */
public enum ResultCode {
    SUCCESS(200, "SUCCESS", "08100001", "Success"),
    CREATED(201, "SUCCESS", "08100001", "Created"),
    REQUEST_ACCEPTED(202, "REQUEST_ACCEPTED", "08100001", "Request accepted"),
    USER_CONFIRMATION_REQUIRED(202, "USER_CONFIRMATION_REQUIRED", "08300103",
            "User confirmation required as requested amount is above allowed limit"),
    INVALID_REQUEST_PARAMS(400, "INVALID_REQUEST_PARAMS", "08100006", "Invalid request params"),
    MISSING_REQUEST_PARAMS(400, "MISSING_REQUEST_PARAMS", "08100024", "Missing request params"),
    UNAUTHORIZED(401, "UNAUTHORIZED", "08100016", "Unauthorized request"),
    API_NOT_FOUND(404, "NOT_FOUND", null, "No such API"),
    METHOD_NOT_ALLOWED(405, "METHOD_NOT_ALLOWED", null, "Method not allowed"),
    RATE_LIMIT(429, "RATE_LIMIT", "08100998", "Too many requests"),
    THROTTLED(400, "THROTTLED_MULTIPLE_REFUND_REJECTED", null,
            "A similar request is already in progress; retry after 1 minute"),
    SERVICE_ERROR(500, "SERVICE_ERROR", "08100026", "Service error"),
    INTERNAL_SERVER_ERROR(500, "INTERNAL_SERVER_ERROR", "08101000", "Something went wrong on PayPay service side"),
    MAINTENANCE_MODE(503, "MAINTENANCE_MODE", "08100999", "Sorry, we are down for scheduled maintenance"),

    DUPLICATE_DYNAMIC_QR_REQUEST(400, "DUPLICATE_DYNAMIC_QR_REQUEST", "01652073", "Duplicate Dynamic QR request error"),
    DYNAMIC_QR_ALREADY_PAID(400, "DYNAMIC_QR_ALREADY_PAID", "01652074", "Dynamic QR already paid"),
    DYNAMIC_QR_NOT_FOUND(404, "DYNAMIC_QR_NOT_FOUND", "01652072", "Dynamic qr code not found"),
    DYNAMIC_QR_PAYMENT_NOT_FOUND(400, "DYNAMIC_QR_PAYMENT_NOT_FOUND", "01652075", "Dynamic QR payment not found"),

    ORDER_NOT_FOUND(404, "RESOURCE_NOT_FOUND", "00200001", "Order not found"),
    DUPLICATE_PAYMENT_ID(400, "INVALID_PARAMS", "00200004", "Invalid parameters received: duplicate merchantPaymentId"),
    ORDER_NOT_REVERSIBLE(400, "ORDER_NOT_REVERSIBLE", "00200044", "Order cannot be reversed"),
    ORDER_NOT_REFUNDABLE(400, "UNACCEPTABLE_OP", "00200013", "Order cannot be refunded"),
    MULTIPLE_REFUND_NOT_ALLOWED(400, "UNACCEPTABLE_OP", "00200014", "Multiple refund not allowed"),
    INVALID_REFUND_AMOUNT(400, "INVALID_PARAMS", "00200015", "Invalid refund amount"),
    NO_SUCH_REFUND_ORDER(404, "NO_SUCH_REFUND_ORDER", "00200018", "Refund not found"),
    SUSPECTED_DUPLICATE_PAYMENT(400, "SUSPECTED_DUPLICATE_PAYMENT", "00200017",
            "Order is rejected since similar order has been already accepted"),
    ALREADY_CAPTURED(400, "ALREADY_CAPTURED", "00200039", "Cannot capture already captured acquiring order"),
    ORDER_NOT_CAPTURABLE(400, "ORDER_NOT_CAPTURABLE", "00200035", "Order is not capturable"),
    REAUTHORIZATION_IN_PROGRESS(400, "REAUTHORIZATION_IN_PROGRESS", "00200038", "Order is being reauthorized"),
    ORDER_EXPIRED(400, "ORDER_EXPIRED", "00200043", "Order cannot be captured or updated as it has already expired"),
    HIGHER_CAPTURE_NOT_PERMITTED(400, "HIGHER_CAPTURE_NOT_PERMITTED", "00400062",
            "Merchant not allowed to capture higher amount"),
    ORDER_NOT_CANCELABLE(400, "ORDER_NOT_CANCELABLE", "00200042", "Order is not cancelable"),
    NO_SUFFICIENT_FUND(400, "NO_SUFFICIENT_FUND", null, "There is no sufficient fund for the transaction"),
    INVALID_USER_AUTHORIZATION_ID(401, "INVALID_USER_AUTHORIZATION_ID", null, "Invalid user authorization id"),
    EXPIRED_USER_AUTHORIZATION_ID(401, "EXPIRED_USER_AUTHORIZATION_ID", null, "User authorization has expired");

    private final int httpStatus;
    private final String code;
    private final String codeId;
    private final String message;

    ResultCode(int httpStatus, String code, String codeId, String message) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.codeId = codeId;
        this.message = message;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code resultInfo.code} string (several constants share one, e.g. {@code UNACCEPTABLE_OP}). */
    public String code() {
        return code;
    }

    public String codeId() {
        return codeId;
    }

    public String message() {
        return message;
    }
}
