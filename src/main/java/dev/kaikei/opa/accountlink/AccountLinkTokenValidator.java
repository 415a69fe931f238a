package dev.kaikei.opa.accountlink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.accountlink.TokenValidationException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Validates the HS256 {@code responseToken} PayPay returns after an account link (paypay-api.md §5): signature with the
 * base64-decoded API secret, expiry, issuer, audience (merchant id), nonce and result. Thread-safe.
 */
public final class AccountLinkTokenValidator {

    public static final String ISSUER = "paypay.ne.jp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretKeySpec key;
    private final String merchantId;
    private final Clock clock;

    public AccountLinkTokenValidator(Credentials credentials, Clock clock) {
        this.merchantId = credentials.merchantId();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.key = deriveKey(credentials);
    }

    /**
     * @param token         the {@code responseToken} query parameter
     * @param expectedNonce the nonce sent in the account-link request
     * @return the linked user's ids
     * @throws TokenValidationException with a distinct {@link Reason} for each way a token can be refused
     */
    public LinkedUser validate(String token, String expectedNonce) throws TokenValidationException {
        if (token == null) {
            throw new TokenValidationException(Reason.MALFORMED, "no token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new TokenValidationException(Reason.MALFORMED, "expected 3 segments, got " + parts.length);
        }
        JsonNode header = json(decode(parts[0], "header"), "header");
        String alg = header.path("alg").asText("");
        if (!"HS256".equals(alg)) {
            throw new TokenValidationException(Reason.UNSUPPORTED_ALGORITHM, "alg '" + alg + "' is not HS256");
        }
        checkSignature(parts[0] + "." + parts[1], decode(parts[2], "signature"));
        JsonNode claims = json(decode(parts[1], "payload"), "payload");
        checkClaims(claims, expectedNonce);
        String userAuthorizationId = text(claims, "userAuthorizationId");
        if (userAuthorizationId == null || userAuthorizationId.isBlank()) {
            throw new TokenValidationException(Reason.MISSING_USER_AUTHORIZATION_ID, "no userAuthorizationId");
        }
        return new LinkedUser(userAuthorizationId, text(claims, "referenceId"), text(claims, "profileIdentifier"));
    }

    private void checkSignature(String signingInput, byte[] signature) throws TokenValidationException {
        if (key == null) {
            throw new TokenValidationException(Reason.UNUSABLE_KEY, "the API secret is not base64");
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            expected = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
        if (!MessageDigest.isEqual(expected, signature)) {
            throw new TokenValidationException(Reason.BAD_SIGNATURE, "signature does not match");
        }
    }

    private void checkClaims(JsonNode claims, String expectedNonce) throws TokenValidationException {
        JsonNode exp = claims.get("exp");
        if (exp == null || !exp.isNumber()) {
            throw new TokenValidationException(Reason.MISSING_EXPIRY, "no numeric exp claim");
        }
        long now = clock.instant().getEpochSecond();
        if (now >= exp.asLong()) {
            throw new TokenValidationException(Reason.EXPIRED, "expired at " + exp.asLong() + ", now " + now);
        }
        if (!ISSUER.equals(text(claims, "iss"))) {
            throw new TokenValidationException(Reason.WRONG_ISSUER, "iss is '" + text(claims, "iss") + "'");
        }
        if (!audienceMatches(claims.get("aud"))) {
            throw new TokenValidationException(Reason.WRONG_AUDIENCE, "aud is not this merchant");
        }
        if (expectedNonce == null || !expectedNonce.equals(text(claims, "nonce"))) {
            throw new TokenValidationException(Reason.WRONG_NONCE, "nonce does not match the request");
        }
        String result = text(claims, "result");
        if (!"succeeded".equals(result)) {
            Reason reason = "declined".equals(result) ? Reason.DECLINED
                    : "bad_request".equals(result) ? Reason.BAD_REQUEST : Reason.RESULT_NOT_SUCCEEDED;
            throw new TokenValidationException(reason, "result is '" + result + "'");
        }
    }

    private boolean audienceMatches(JsonNode aud) {
        if (aud == null) {
            return false;
        }
        if (aud.isArray()) {
            for (JsonNode a : aud) {
                if (merchantId.equals(a.asText())) {
                    return true;
                }
            }
            return false;
        }
        return aud.isTextual() && merchantId.equals(aud.asText());
    }

    private static byte[] decode(String segment, String what) throws TokenValidationException {
        try {
            return Base64.getUrlDecoder().decode(segment);
        } catch (IllegalArgumentException e) {
            throw new TokenValidationException(Reason.BAD_BASE64, what + " is not base64url");
        }
    }

    private static JsonNode json(byte[] bytes, String what) throws TokenValidationException {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new TokenValidationException(Reason.BAD_JSON, what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new TokenValidationException(Reason.BAD_JSON, what + " is not JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static SecretKeySpec deriveKey(Credentials credentials) {
        try {
            byte[] raw = Base64.getDecoder().decode(credentials.apiSecret().reveal());
            return raw.length == 0 ? null : new SecretKeySpec(raw, "HmacSHA256");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
