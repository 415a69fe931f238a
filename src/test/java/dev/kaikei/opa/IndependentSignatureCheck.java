package dev.kaikei.opa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * The tests' own verifier of a received request's OPA-Auth header, written apart from {@link RequestSigner} so a
 * signing bug cannot hide by being on both sides: it re-hashes the received bytes with the received Content-Type.
 */
final class IndependentSignatureCheck {

    private IndependentSignatureCheck() {
    }

    /** Null when the request verifies, otherwise what is wrong. */
    static String problem(RecordedRequest request, String apiKey, String secret) {
        String header = request.getHeaders().get("Authorization");
        if (header == null || !header.startsWith("hmac OPA-Auth:")) {
            return "no OPA-Auth header";
        }
        String[] f = header.substring("hmac OPA-Auth:".length()).split(":", -1);
        if (f.length != 5) {
            return "header has " + f.length + " fields";
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        String contentType = body.length == 0 ? "empty" : request.getHeaders().get("Content-Type");
        String hash;
        try {
            hash = body.length == 0 ? "empty" : Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                    .digest((contentType + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
            String path = request.getUrl().encodedPath();
            String toSign = String.join("\n", path, request.getMethod(), f[2], f[3], contentType, hash);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expectedMac = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
            if (!apiKey.equals(f[0])) {
                return "api key " + f[0];
            }
            if (!hash.equals(f[4])) {
                return "body hash " + f[4] + " != " + hash;
            }
            if (!expectedMac.equals(f[1])) {
                return "mac mismatch for " + toSign.replace("\n", "\\n");
            }
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }
}
