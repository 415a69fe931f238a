package dev.kaikei.opa;

import dev.kaikei.opa.model.MoneyAmount;
import java.util.regex.Pattern;

/** PayPay's field limits (paypay-api.md §4, §11), checked before anything is sent. */
final class FieldRules {

    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_TEXT = 255;
    private static final int MAX_PAYPAY_ID = 64;
    private static final long MAX_AMOUNT = 99_999_999_999L;

    private FieldRules() {
    }

    /** merchantPaymentId, merchantRefundId, merchantCaptureId, merchantRevertId: ≤ 64 of a-z A-Z 0-9 - _. */
    static void merchantId(String field, String value) {
        required(field, value);
        if (!MERCHANT_ID.matcher(value).matches()) {
            throw new InvalidRequestException(field, "must be 1-64 characters of a-z A-Z 0-9 - _ (length "
                    + value.length() + ")");
        }
    }

    /** An id issued by PayPay (paymentId, codeId, userAuthorizationId): required, ≤ 64, safe in a URL path. */
    static void paypayId(String field, String value) {
        required(field, value);
        if (value.length() > MAX_PAYPAY_ID) {
            throw new InvalidRequestException(field, "must be at most 64 characters (length " + value.length() + ")");
        }
        if (value.indexOf('/') >= 0 || value.indexOf('?') >= 0 || value.indexOf('#') >= 0 || value.isBlank()) {
            throw new InvalidRequestException(field, "must not contain '/', '?', '#' or be blank");
        }
    }

    /** Free text such as orderDescription, reason, storeId, terminalId: optional, ≤ 255 characters. */
    static void optionalText(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidRequestException(field, "must be at most 255 characters (length " + value.length() + ")");
        }
    }

    static void requiredText(String field, String value) {
        required(field, value);
        optionalText(field, value);
    }

    static void amount(String field, MoneyAmount amount) {
        if (amount == null) {
            throw new InvalidRequestException(field, "is required");
        }
        positiveAmount(field + ".amount", amount.amount());
        if (!MoneyAmount.JPY.equals(amount.currency())) {
            throw new InvalidRequestException(field + ".currency", "must be JPY, got " + amount.currency());
        }
    }

    static void positiveAmount(String field, long amount) {
        if (amount <= 0 || amount > MAX_AMOUNT) {
            throw new InvalidRequestException(field, "must be a positive integer of at most 11 digits, got " + amount);
        }
    }

    static void required(String field, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            throw new InvalidRequestException(field, "is required");
        }
    }
}
