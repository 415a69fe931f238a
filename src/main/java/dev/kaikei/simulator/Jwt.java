package dev.kaikei.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Issues HS256 JSON Web Tokens the way PayPay signs account-link response tokens. */
final class Jwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwt() {
    }

    /**
     * The JWT key: PayPay's official SDKs verify with the base64-decoded API secret; a secret that is not base64 (only
     * possible with hand-made simulator keys) falls back to its UTF-8 bytes.
     */
    static byte[] keyFromApiSecret(String apiSecret) {
        try {
            byte[] decoded = Base64.getDecoder().decode(apiSecret);
            if (decoded.length > 0) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through
        }
        return apiSecret.getBytes(StandardCharsets.UTF_8);
    }

    static String sign(ObjectMapper mapper, Map<String, Object> claims, byte[] key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "JWT");
        header.put("alg", "HS256");
        try {
            String signingInput = URL.encodeToString(mapper.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(mapper.writeValueAsBytes(claims));
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature);
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign JWT", e);
        }
    }
}
