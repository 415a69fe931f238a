package dev.kaikei.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks PayPay's {@code hmac OPA-Auth} request signature (paypay-api.md §2) the way PayPay does: API key, body hash over
 * the exact received bytes, HMAC-SHA256 over the canonical string, epoch skew and assumed merchant. It is deliberately
 * independent of the app's own signer so that a signing bug cannot hide by being on both sides.
 */
public final class AuthVerifier {

    static final String PREFIX = "hmac OPA-Auth:";
    private static final String EMPTY = "empty";

    private final byte[] apiKey;
    private final byte[] secret;
    private final byte[] merchantId;
    private final Clock clock;
    private final long toleranceSeconds;
    /** A keyed Mac per server thread: Mac.getInstance and init cost more than the HMAC itself. */
    private final ThreadLocal<Mac> keyedMac;
    private final SeenRequests seen;

    /** The request facts the signature covers; {@code assumeMerchant} is the query value, else the header, else null. */
    public record SignedRequest(String method, String rawPath, String authorization, String contentType, byte[] body,
                                String assumeMerchant) {
    }

    public AuthVerifier(String apiKey, String apiSecret, String merchantId, Clock clock, long toleranceSeconds) {
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.secret = apiSecret.getBytes(StandardCharsets.UTF_8);
        this.merchantId = merchantId.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.toleranceSeconds = toleranceSeconds;
        this.keyedMac = ThreadLocal.withInitial(() -> newMac(secret));
        this.seen = new SeenRequests(toleranceSeconds);
    }

    /**
     * The signatures of authentic requests, kept while their epoch is still accepted, so the same Authorization header
     * cannot be used twice (a MAC covers nonce, epoch, path and body hash: it is unique per request).
     */
    private final class SeenRequests {
        private final long keepSeconds;
        private final TreeMap<Long, Set<Long>> byEpoch = new TreeMap<>();

        SeenRequests(long keepSeconds) {
            this.keepSeconds = keepSeconds;
        }

        synchronized boolean firstUse(long epoch, String mac) {
            long oldestValid = Math.min(clock.instant().getEpochSecond(), Clock.systemUTC().instant().getEpochSecond())
                    - keepSeconds;
            byEpoch.headMap(oldestValid).clear();
            byte[] raw = Base64.getDecoder().decode(mac);
            long key = ByteBuffer.wrap(raw).getLong();
            return byEpoch.computeIfAbsent(epoch, e -> new HashSet<>()).add(key);
        }
    }

    /**
     * Verifies a request; the result is empty when it is authentic, else a short reason for the log (never containing
     * the secret or the expected MAC).
     */
    public Optional<String> verify(SignedRequest request) {
        String header = request.authorization();
        if (header == null || !header.startsWith(PREFIX)) {
            return Optional.of("missing or malformed Authorization header");
        }
        String[] parts = header.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 5) {
            return Optional.of("Authorization header must have 5 fields after the prefix");
        }
        String key = parts[0];
        String mac = parts[1];
        String nonce = parts[2];
        String epoch = parts[3];
        String hash = parts[4];
        if (!constantTimeEquals(key.getBytes(StandardCharsets.UTF_8), apiKey)) {
            return Optional.of("unknown API key");
        }
        if (nonce.isEmpty()) {
            return Optional.of("empty nonce");
        }
        if (!epochWithinTolerance(epoch)) {
            return Optional.of("epoch missing or outside ±" + toleranceSeconds + " s");
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        String signedContentType;
        if (body.length == 0 && EMPTY.equals(hash)) {
            signedContentType = EMPTY;
        } else {
            // A zero-length body may also be signed as a body (MD5 over the content type alone).
            if (EMPTY.equals(hash)) {
                return Optional.of("a request with a body cannot carry the hash 'empty'");
            }
            signedContentType = request.contentType();
            if (signedContentType == null) {
                return Optional.of("a request with a body needs a Content-Type header");
            }
            if (!constantTimeEquals(ascii(hash), ascii(bodyHash(signedContentType, body)))) {
                return Optional.of("body hash does not match the received Content-Type and body");
            }
        }
        String expected = mac(keyedMac.get(), request.rawPath(), request.method(), nonce, epoch, signedContentType,
                hash);
        if (!constantTimeEquals(ascii(mac), ascii(expected))) {
            return Optional.of("signature does not match");
        }
        String assumed = request.assumeMerchant();
        if (assumed != null && !assumed.isEmpty()
                && !constantTimeEquals(assumed.getBytes(StandardCharsets.UTF_8), merchantId)) {
            return Optional.of("assumed merchant is not this merchant");
        }
        if (!seen.firstUse(Long.parseLong(epoch), mac)) {
            // The same signed request again (a client or a proxy resending it): a resend must fail loudly.
            return Optional.of("replayed request: this Authorization header was already used");
        }
        return Optional.empty();
    }

    private boolean epochWithinTolerance(String epoch) {
        long seconds;
        try {
            seconds = Long.parseLong(epoch);
        } catch (NumberFormatException e) {
            return false;
        }
        // The machine's own clock is accepted too: a client signing with real time keeps working after a test or an
        // operator moved the simulator clock forward to expire things.
        return Math.abs(seconds - clock.instant().getEpochSecond()) <= toleranceSeconds
                || Math.abs(seconds - Clock.systemUTC().instant().getEpochSecond()) <= toleranceSeconds;
    }

    /** base64(MD5(contentType bytes followed by the body bytes)), as PayPay computes it. */
    public static String bodyHash(String contentType, byte[] body) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(contentType.getBytes(StandardCharsets.UTF_8));
            md5.update(body);
            return Base64.getEncoder().encodeToString(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from the JDK", e);
        }
    }

    /** base64(HMAC-SHA256(secret as UTF-8, path \n METHOD \n nonce \n epoch \n contentType \n hash)). */
    public static String mac(String apiSecret, String path, String method, String nonce, String epoch,
                             String contentType, String hash) {
        return mac(newMac(apiSecret.getBytes(StandardCharsets.UTF_8)), path, method, nonce, epoch, contentType, hash);
    }

    private static String mac(Mac hmac, String path, String method, String nonce, String epoch, String contentType,
                              String hash) {
        String canonical = String.join("\n", path, method, nonce, epoch, contentType, hash);
        return Base64.getEncoder().encodeToString(hmac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
