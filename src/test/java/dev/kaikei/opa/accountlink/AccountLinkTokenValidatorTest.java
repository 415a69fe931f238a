package dev.kaikei.opa.accountlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.accountlink.TokenValidationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The account-link response token: one valid token, and one refusal per way it can be wrong. */
class AccountLinkTokenValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = Base64.getEncoder().encodeToString(
            "the-merchant-jwt-key-0123456789ab".getBytes(StandardCharsets.UTF_8));
    private static final String MERCHANT = "merchant-777";
    private static final String NONCE = "n-12345678";
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");
    private static final B64 URL = new B64();

    private final AccountLinkTokenValidator validator = new AccountLinkTokenValidator(
            Credentials.of("key", SECRET, MERCHANT), Clock.fixed(NOW, ZoneOffset.UTC));

    /** The tests' own HS256 signer, with the base64-decoded secret as key. */
    private static String sign(String headerJson, String payloadJson, byte[] key) throws Exception {
        String input = URL.enc(headerJson) + "." + URL.enc(payloadJson);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static final class B64 {
        String enc(String s) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ObjectNode claims() {
        ObjectNode c = JSON.createObjectNode();
        c.put("iss", "paypay.ne.jp");
        c.put("aud", MERCHANT);
        c.put("exp", NOW.getEpochSecond() + 300);
        c.put("result", "succeeded");
        c.put("nonce", NONCE);
        c.put("referenceId", "cust-9");
        c.put("userAuthorizationId", "ua-abc");
        c.put("profileIdentifier", "*******4567");
        return c;
    }

    private static String token(Consumer<ObjectNode> change) throws Exception {
        ObjectNode c = claims();
        change.accept(c);
        return sign("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", c.toString(), Base64.getDecoder().decode(SECRET));
    }

    @Test
    @DisplayName("a valid token yields userAuthorizationId, referenceId and profileIdentifier")
    void valid() throws Exception {
        LinkedUser user = validator.validate(token(c -> { }), NONCE);
        assertThat(user).isEqualTo(new LinkedUser("ua-abc", "cust-9", "*******4567"));
    }

    @Test
    @DisplayName("an audience array containing the merchant is accepted; profileIdentifier is optional")
    void audienceArray() throws Exception {
        LinkedUser user = validator.validate(token(c -> {
            c.putArray("aud").add("other").add(MERCHANT);
            c.remove("profileIdentifier");
        }), NONCE);
        assertThat(user.profileIdentifier()).isNull();
    }

    static Stream<Arguments> refused() throws Exception {
        byte[] key = Base64.getDecoder().decode(SECRET);
        String good = token(c -> { });
        String[] parts = good.split("\\.");
        String tamperedPayload = parts[0] + "." + URL.enc(claims().put("userAuthorizationId", "ua-evil").toString())
                + "." + parts[2];
        char last = parts[2].charAt(0);
        String tamperedSig = parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        return Stream.of(
                Arguments.of("alg none", URL.enc("{\"alg\":\"none\"}") + "." + parts[1] + ".", Reason.UNSUPPORTED_ALGORITHM),
                Arguments.of("alg HS512", sign("{\"alg\":\"HS512\"}", claims().toString(), key), Reason.UNSUPPORTED_ALGORITHM),
                Arguments.of("alg RS256", sign("{\"alg\":\"RS256\"}", claims().toString(), key), Reason.UNSUPPORTED_ALGORITHM),
                Arguments.of("tampered payload", tamperedPayload, Reason.BAD_SIGNATURE),
                Arguments.of("tampered signature", tamperedSig, Reason.BAD_SIGNATURE),
                Arguments.of("signed with the raw (not decoded) secret",
                        sign("{\"alg\":\"HS256\"}", claims().toString(), SECRET.getBytes(StandardCharsets.UTF_8)),
                        Reason.BAD_SIGNATURE),
                Arguments.of("expired", token(c -> c.put("exp", NOW.getEpochSecond() - 1)), Reason.EXPIRED),
                Arguments.of("expires now", token(c -> c.put("exp", NOW.getEpochSecond())), Reason.EXPIRED),
                Arguments.of("no exp", token(c -> c.remove("exp")), Reason.MISSING_EXPIRY),
                Arguments.of("wrong issuer", token(c -> c.put("iss", "evil.example")), Reason.WRONG_ISSUER),
                Arguments.of("wrong audience", token(c -> c.put("aud", "another-merchant")), Reason.WRONG_AUDIENCE),
                Arguments.of("no audience", token(c -> c.remove("aud")), Reason.WRONG_AUDIENCE),
                Arguments.of("wrong nonce", token(c -> c.put("nonce", "other")), Reason.WRONG_NONCE),
                Arguments.of("declined", token(c -> c.put("result", "declined")), Reason.DECLINED),
                Arguments.of("bad_request", token(c -> c.put("result", "bad_request")), Reason.BAD_REQUEST),
                Arguments.of("odd result", token(c -> c.put("result", "maybe")), Reason.RESULT_NOT_SUCCEEDED),
                Arguments.of("no userAuthorizationId", token(c -> c.remove("userAuthorizationId")),
                        Reason.MISSING_USER_AUTHORIZATION_ID),
                Arguments.of("two segments", parts[0] + "." + parts[1], Reason.MALFORMED),
                Arguments.of("four segments", good + ".x", Reason.MALFORMED),
                Arguments.of("empty", "", Reason.MALFORMED),
                Arguments.of("bad base64 header", "@@@." + parts[1] + "." + parts[2], Reason.BAD_BASE64),
                Arguments.of("bad base64 signature", parts[0] + "." + parts[1] + ".***", Reason.BAD_BASE64),
                Arguments.of("header not JSON", URL.enc("not json") + "." + parts[1] + "." + parts[2], Reason.BAD_JSON),
                Arguments.of("payload not JSON", sign("{\"alg\":\"HS256\"}", "[1,2", key), Reason.BAD_JSON));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("refused")
    @DisplayName("each bad token is refused with its own reason, never showing the secret")
    void refusedTokens(String name, String token, Reason reason) {
        assertThatThrownBy(() -> validator.validate(token, NONCE))
                .isInstanceOfSatisfying(TokenValidationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(SECRET)
                            .doesNotContain(new String(Base64.getDecoder().decode(SECRET), StandardCharsets.UTF_8));
                });
    }

    @Nested
    @DisplayName("edge cases")
    class Edges {
        @Test
        @DisplayName("a null token or null expected nonce is refused")
        void nulls() throws Exception {
            assertThatThrownBy(() -> validator.validate(null, NONCE))
                    .isInstanceOfSatisfying(TokenValidationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
            String t = token(c -> { });
            assertThatThrownBy(() -> validator.validate(t, null))
                    .isInstanceOfSatisfying(TokenValidationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_NONCE));
        }

        @Test
        @DisplayName("a secret that is not base64 cannot verify anything")
        void unusableKey() throws Exception {
            AccountLinkTokenValidator v = new AccountLinkTokenValidator(
                    Credentials.of("key", "not*base64!", MERCHANT), Clock.fixed(NOW, ZoneOffset.UTC));
            String t = token(c -> { });
            assertThatThrownBy(() -> v.validate(t, NONCE))
                    .isInstanceOfSatisfying(TokenValidationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNUSABLE_KEY);
                        assertThat(e.getMessage()).doesNotContain("not*base64!");
                    });
        }
    }
}
