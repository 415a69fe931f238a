package dev.kaikei.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A request body read field by field with PayPay's validation: a missing required field is
 * {@code MISSING_REQUEST_PARAMS}; a wrong type, a bad id, an over-long string, a bad amount or non-JPY currency is
 * {@code INVALID_REQUEST_PARAMS}.
 */
final class JsonRequest {

    static final int MAX_ID_LENGTH = 64;
    static final int MAX_TEXT_LENGTH = 255;
    static final long MAX_AMOUNT = 99_999_999_999L;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID_LENGTH + "}");

    private final JsonNode root;

    private JsonRequest(JsonNode root) {
        this.root = root;
    }

    static JsonRequest parse(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            return new JsonRequest(JsonNodeFactory.instance.objectNode());
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid("body is not valid JSON");
        } catch (IOException e) {
            throw invalid("body could not be read");
        }
        if (node == null || !node.isObject()) {
            throw invalid("body must be a JSON object");
        }
        return new JsonRequest(node);
    }

    /** A merchant-side or PayPay id: ≤ 64 characters of {@code a-z A-Z 0-9 - _}. */
    String id(String field) {
        String value = requiredText(field);
        if (!ID.matcher(value).matches()) {
            throw invalid(field + " must be 1-" + MAX_ID_LENGTH + " characters of a-z A-Z 0-9 - _");
        }
        return value;
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** A free-text field of at most 255 characters, or null when absent. */
    String optionalText(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(field + " must be a string");
        }
        if (node.textValue().length() > MAX_TEXT_LENGTH) {
            throw invalid(field + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return node.textValue();
    }

    /** A MoneyAmount {@code {amount, currency:"JPY"}}: a positive integer of at most 11 digits, in yen. */
    long amount(String field) {
        JsonNode money = root.get(field);
        if (money == null || money.isNull()) {
            throw missing(field);
        }
        if (!money.isObject()) {
            throw invalid(field + " must be an object {amount, currency}");
        }
        JsonNode amount = money.get("amount");
        JsonNode currency = money.get("currency");
        if (amount == null || amount.isNull() || currency == null || currency.isNull()) {
            throw missing(field + ".amount and " + field + ".currency");
        }
        if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
            throw invalid(field + ".amount must be an integer");
        }
        long yen = amount.longValue();
        if (yen <= 0 || yen > MAX_AMOUNT) {
            throw invalid(field + ".amount must be between 1 and " + MAX_AMOUNT);
        }
        if (!currency.isTextual() || !"JPY".equals(currency.textValue())) {
            throw invalid(field + ".currency must be JPY");
        }
        return yen;
    }

    /** An epoch-seconds field; null when absent and not required. */
    Long epochSeconds(String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw missing(field);
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw invalid(field + " must be epoch seconds");
        }
        return node.longValue();
    }

    boolean bool(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw invalid(field + " must be true or false");
        }
        return node.booleanValue();
    }

    /** A required, non-empty array of short strings. */
    List<String> stringList(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            throw missing(field);
        }
        if (!node.isArray()) {
            throw invalid(field + " must be an array");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.textValue().isEmpty() || item.textValue().length() > MAX_ID_LENGTH) {
                throw invalid(field + " must hold non-empty strings");
            }
            values.add(item.textValue());
        }
        return values;
    }

    /** Validates an id that arrived in the path or the query string. */
    static String pathId(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw missing(name);
        }
        if (!ID.matcher(value).matches()) {
            throw invalid(name + " must be 1-" + MAX_ID_LENGTH + " characters of a-z A-Z 0-9 - _");
        }
        return value;
    }

    static ApiException missing(String what) {
        return new ApiException(ResultCode.MISSING_REQUEST_PARAMS, "Missing request params: " + what);
    }

    static ApiException invalid(String what) {
        return new ApiException(ResultCode.INVALID_REQUEST_PARAMS, "Invalid request params: " + what);
    }
}
