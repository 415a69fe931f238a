package dev.kaikei.opa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The one shared, thread-safe Jackson mapper of the client and PayPay's response envelope. */
final class OpaJson {

    /** Tolerant reader (unknown fields and enum values are fine), compact writer (nulls omitted). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final Map<Class<?>, ObjectReader> TYPED_READERS = new ConcurrentHashMap<>();

    private OpaJson() {
    }

    /** The wire envelope read in one pass into the operation's data type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wire<T>(ResultInfo resultInfo, T data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultInfo(String code, String message, String codeId) {
    }

    /** The result code and data of a 2xx body. */
    record Typed<T>(String code, T data) {
    }

    /**
     * One-pass read of a 2xx body into {@code dataType}; null when the body is not a PayPay envelope of that shape
     * (then {@link #parseEnvelope} tells what it is).
     */
    @SuppressWarnings("unchecked")
    static <T> Typed<T> parseTyped(byte[] body, Class<T> dataType) {
        if (body == null || body.length == 0) {
            return null;
        }
        ObjectReader reader = TYPED_READERS.computeIfAbsent(dataType, t -> MAPPER.readerFor(
                MAPPER.getTypeFactory().constructParametricType(Wire.class, t)));
        try {
            Wire<T> wire = reader.readValue(body);
            return wire == null || wire.resultInfo() == null ? null : new Typed<>(wire.resultInfo().code(), wire.data());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code {resultInfo:{code,message,codeId}, data}}; {@code data} is null when absent or JSON null. */
    record Envelope(String code, String codeId, String message, JsonNode data) {
    }

    /** The envelope, or null when the body is not a JSON object with a {@code resultInfo} object. */
    static Envelope parseEnvelope(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
        if (root == null || !root.isObject() || !root.path("resultInfo").isObject()) {
            return null;
        }
        JsonNode info = root.get("resultInfo");
        JsonNode data = root.get("data");
        return new Envelope(text(info, "code"), text(info, "codeId"), text(info, "message"),
                data == null || data.isNull() ? null : data);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
