package dev.kaikei.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test-only PayPay caller: signs with its own small implementation of §2 (independent of the simulator's verifier)
 * and sends over a real keep-alive {@link HttpClient}.
 */
public final class SignedClient {

    static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String JSON = "application/json;charset=UTF-8";

    private final HttpClient http;
    private final URI base;
    private final String apiKey;
    private final String apiSecret;
    private final String merchantId;
    private final Clock clock;
    private final AtomicLong nonce = new AtomicLong();

    public record Response(int status, HttpHeaders headers, String raw) {
        JsonNode json() {
            try {
                return MAPPER.readTree(raw);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw, e);
            }
        }

        String code() {
            return json().path("resultInfo").path("code").asText();
        }

        String codeId() {
            return json().path("resultInfo").path("codeId").asText();
        }

        JsonNode data() {
            return json().path("data");
        }
    }

    public SignedClient(PayPaySimulator sim) {
        this(sim.baseUri(), sim.apiKey(), sim.apiSecret(), sim.merchantId(), sim.clock());
    }

    public SignedClient(URI base, String apiKey, String apiSecret, String merchantId, Clock clock) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.merchantId = merchantId;
        this.clock = clock;
    }

    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    Response delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null, null);
    }

    public Response post(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, json, JSON);
    }

    Response post(String pathAndQuery, Object body) {
        try {
            return post(pathAndQuery, MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Signs and sends; {@code contentType} null means no body ({@code empty}/{@code empty}). */
    Response send(String method, String pathAndQuery, String body, String contentType) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
                : pathAndQuery;
        String authorization = authorization(method, path, body, contentType, "n" + nonce.incrementAndGet() + "x",
                clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization)
                .header("X-ASSUME-MERCHANT", merchantId);
        if (body != null) {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return raw(request.build());
    }

    Response raw(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpRequest.Builder unsigned(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    String authorization(String method, String path, String body, String contentType, String nonce, long epoch) {
        return authorization(apiKey, apiSecret, method, path, body, contentType, nonce, epoch);
    }

    public static String authorization(String key, String secret, String method, String path, String body,
                                String contentType, String nonce, long epoch) {
        try {
            String ct = "empty";
            String hash = "empty";
            if (body != null) {
                ct = contentType;
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                md5.update(contentType.getBytes(StandardCharsets.UTF_8));
                md5.update(body.getBytes(StandardCharsets.UTF_8));
                hash = Base64.getEncoder().encodeToString(md5.digest());
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = path + "\n" + method + "\n" + nonce + "\n" + epoch + "\n" + ct + "\n" + hash;
            String macB64 = Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
            return "hmac OPA-Auth:" + key + ":" + macB64 + ":" + nonce + ":" + epoch + ":" + hash;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
