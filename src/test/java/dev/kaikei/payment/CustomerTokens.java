package dev.kaikei.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Makes the bad account-link tokens of the tests out of a real one: altered, re-signed, or unsigned. */
final class CustomerTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private CustomerTokens() {
    }

    static ObjectNode claims(String token) {
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload changed, the original signature kept. */
    static String tampered(String token, Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        ObjectNode c = claims(token);
        change.accept(c);
        return parts[0] + "." + B64.encodeToString(c.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The payload changed and properly signed again with the merchant's key (as PayPay would sign it). */
    static String resigned(String token, String apiSecret, Consumer<ObjectNode> change) {
        ObjectNode c = claims(token);
        change.accept(c);
        String input = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(c.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(apiSecret), "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code alg: none} and no signature. */
    static String unsigned(String token) {
        return B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + token.split("\\.")[1] + ".";
    }
}
