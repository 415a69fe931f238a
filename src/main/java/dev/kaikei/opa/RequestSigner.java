package dev.kaikei.opa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds PayPay's {@code hmac OPA-Auth} Authorization header exactly as paypay-api.md §2.2 describes: MD5 over
 * content type + body bytes, HMAC-SHA256 (raw UTF-8 secret) over path/method/nonce/epoch/content type/hash.
 * Pure and thread-safe (one {@link Mac} per thread).
 */
public final class RequestSigner {

    /** The content type hashed and sent with every body, byte for byte. */
    public static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";
    static final String EMPTY = "empty";
    private static final String PREFIX = "hmac OPA-Auth:";

    private final String apiKey;
    private final ThreadLocal<Mac> mac;

    public RequestSigner(String apiKey, ApiSecret secret) {
        this.apiKey = apiKey;
        SecretKeySpec key = new SecretKeySpec(secret.utf8Bytes(), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> newMac(key));
    }

    /**
     * The Authorization header value.
     *
     * @param path        path only; anything from {@code ?} on is cut off before signing
     * @param contentType the Content-Type header sent with the body, or null when there is no body
     * @param body        the exact bytes sent, or null for a bodiless call
     */
    public String authorization(String method, String path, String nonce, long epochSecond, String contentType,
                                byte[] body) {
        boolean hasBody = body != null;
        String signedContentType = hasBody ? contentType : EMPTY;
        String hash = hasBody ? bodyHash(contentType, body) : EMPTY;
        String toSign = stripQuery(path) + '\n' + method + '\n' + nonce + '\n' + epochSecond + '\n'
                + signedContentType + '\n' + hash;
        return PREFIX + apiKey + ':' + macOf(toSign) + ':' + nonce + ':' + epochSecond + ':' + hash;
    }

    /** Base64 of MD5(contentType bytes + body bytes), both UTF-8, no separator. */
    public static String bodyHash(String contentType, byte[] body) {
        MessageDigest md5 = md5();
        md5.update(contentType.getBytes(StandardCharsets.UTF_8));
        md5.update(body);
        return Base64.getEncoder().encodeToString(md5.digest());
    }

    /** Base64 HMAC-SHA256 of the string to sign with this signer's key. */
    String macOf(String stringToSign) {
        return Base64.getEncoder().encodeToString(mac.get().doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "RequestSigner[apiKey=" + apiKey + "]";
    }
}
