package dev.kaikei.opa;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one signed request per attempt and classifies the answer; retries only 429. One OkHttp client; each call gets
 * its operation's timeout as a whole-call deadline.
 */
final class OpaTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpaTransport.class);
    private static final String USER_AGENT = "Kaikei-opa/1.0";

    /** Waits between 429 retries; replaceable so tests can observe the delays instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final OpaClientConfig config;
    private final RequestSigner signer;
    private final Sleeper sleeper;
    private final OkHttpClient http;
    private final HttpUrl baseUrl;

    OpaTransport(OpaClientConfig config, Sleeper sleeper) {
        this.config = config;
        this.signer = new RequestSigner(config.credentials().apiKey(), config.credentials().apiSecret());
        this.sleeper = sleeper;
        this.baseUrl = HttpUrl.get(config.baseUrl());
        // No silent retries by OkHttp: a POST resent after a reset could double a payment or turn it into a
        // "duplicate id" rejection of something that actually happened.
        // Read/write timeouts are replaced by one per-call deadline (Call.timeout): the same bound on waiting for
        // PayPay, but one watchdog entry per call instead of one per socket read and write.
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.timeouts().connect())
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .build();
    }

    HttpUrl.Builder url() {
        return baseUrl.newBuilder();
    }

    /** Sends {@code body} (exact bytes, or null) to {@code url}, retrying 429 per the retry policy. */
    <T> OpaResult<T> send(OpaOperation op, HttpUrl url, byte[] body, Class<T> dataType) {
        RetryPolicy retry = config.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            Attempt<T> a = attempt(op, url, body, dataType);
            boolean rateLimited = a.result instanceof OpaResult.Rejected<T> r && r.httpStatus() == 429;
            if (!rateLimited || attempt >= retry.maxAttempts()) {
                return a.result;
            }
            Duration wait = retry.delayAfter(attempt, a.retryAfter);
            LOG.debug("{} rate limited (attempt {}/{}), retrying in {} ms", op, attempt, retry.maxAttempts(),
                    wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return a.result;
            }
        }
    }

    private record Attempt<T>(OpaResult<T> result, Duration retryAfter) {
    }

    private <T> Attempt<T> attempt(OpaOperation op, HttpUrl url, byte[] body, Class<T> dataType) {
        String path = url.encodedPath();
        long epoch = config.clock().instant().getEpochSecond();
        String contentType = body == null ? null : RequestSigner.JSON_CONTENT_TYPE;
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Authorization", signer.authorization(op.method(), path, config.nonceSource().next(), epoch,
                        contentType, body))
                .header("X-ASSUME-MERCHANT", config.credentials().merchantId())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (body != null) {
            // A null MediaType keeps OkHttp from writing its own Content-Type: the header must equal the hashed one.
            request.header("Content-Type", contentType).method(op.method(), RequestBody.create(body, null));
        } else {
            request.method(op.method(), null);
        }
        long start = System.nanoTime();
        Call call = http.newCall(request.build());
        call.timeout().timeout(config.timeouts().readTimeout(op.timeoutClass()).toNanos(), TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            String requestId = response.header("X-REQUEST-ID");
            int status = response.code();
            byte[] bytes;
            try {
                bytes = response.body().bytes();
            } catch (IOException e) {
                return new Attempt<>(logged(op, path, start, new OpaResult.Unknown<>(
                        "response body interrupted: " + describe(e), status, null, requestId)), null);
            }
            OpaResult<T> result = logged(op, path, start, ResponseClassifier.classify(status, bytes, requestId, dataType));
            return new Attempt<>(result, retryAfter(response.header("Retry-After")));
        } catch (IOException e) {
            return new Attempt<>(logged(op, path, start,
                    new OpaResult.Unknown<>("no response: " + describe(e), 0, null, null)), null);
        } catch (RuntimeException e) {
            // Whatever broke, the request may have left: the caller must resolve it, not treat it as failed.
            return new Attempt<>(logged(op, path, start, new OpaResult.Unknown<>(
                    "client failure: " + e.getClass().getSimpleName(), 0, null, null)), null);
        }
    }

    private static <T> OpaResult<T> logged(OpaOperation op, String path, long startNanos, OpaResult<T> result) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        if (result instanceof OpaResult.Unknown<T> u) {
            LOG.info("{} {} {} -> UNKNOWN ({}) status={} code={} requestId={} {} ms", op, op.method(), path,
                    u.reason(), u.httpStatus(), u.code(), u.requestId(), ms);
        } else {
            LOG.debug("{} {} {} -> {} status={} code={} requestId={} {} ms", op, op.method(), path,
                    result.isSuccess() ? "SUCCESS" : "REJECTED", result.httpStatus(), result.code(),
                    result.requestId(), ms);
        }
        return result;
    }

    private static String describe(IOException e) {
        // OkHttp reports its call deadline as an InterruptedIOException("timeout").
        String kind = e instanceof SocketTimeoutException || "timeout".equals(e.getMessage()) ? "timeout"
                : e instanceof InterruptedIOException ? "interrupted" : e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null || message.equals(kind) ? kind : kind + " (" + message + ")";
    }

    /** Retry-After in whole seconds; HTTP dates and garbage are ignored (the backoff applies instead). */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
