package dev.kaikei.opa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one signed request per attempt and classifies the answer; retries only 429.
 *
 * <p>HTTP is the JDK's own synchronous {@link HttpURLConnection} with its keep-alive cache: the whole exchange runs on
 * the calling thread, with no helper thread to wake per call (OkHttp's connection-pool cleanup task and timeout
 * watchdog each cost a cross-core wake-up per call, which on a small POS tablet is most of a poll's cost). Timeouts are
 * the socket's own: connect, and read per operation class (paypay-api.md §4.1).
 *
 * <p>The JDK keeps an idle connection 5 s unless the server asks for longer: well inside the idle limits of PayPay's
 * gateway and common proxies (60 s and more), so a request seldom meets a connection the server has already closed. If
 * one does, a GET or DELETE is resent once by the JDK (both are idempotent); a POST is not resent, its result is
 * Unknown and the engine resolves it by query like any other unanswered call. (The JDK also resends any request whose
 * sending failed part-way: that one never reached the server whole, so nothing can have been done with it.)
 */
final class OpaTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpaTransport.class);
    private static final String USER_AGENT = "Kaikei-opa/1.0";
    /** PayPay's answers are a few hundred bytes; a larger announced length is read as it comes, not trusted. */
    private static final long MAX_PREALLOCATED_BODY = 1 << 20;

    /** Waits between 429 retries; replaceable so tests can observe the delays instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final OpaClientConfig config;
    private final RequestSigner signer;
    private final Sleeper sleeper;
    private final OpaUrl.Base baseUrl;
    /**
     * Made at the first https call, not with the client: loading the TLS stack and the trusted certificates is a
     * noticeable part of the app's start, and the training simulator speaks plain http.
     */
    private volatile NoDelaySslSocketFactory tls;

    OpaTransport(OpaClientConfig config, Sleeper sleeper) {
        this.config = config;
        this.signer = new RequestSigner(config.credentials().apiKey(), config.credentials().apiSecret());
        this.sleeper = sleeper;
        this.baseUrl = OpaUrl.Base.parse(config.baseUrl());
    }

    private NoDelaySslSocketFactory tls() {
        NoDelaySslSocketFactory made = tls;
        if (made == null) {
            // Two first calls at once may both make one: the same default factory, wrapped twice, is harmless.
            made = new NoDelaySslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault());
            tls = made;
        }
        return made;
    }

    OpaUrl.Builder url() {
        return baseUrl.newUrl();
    }

    /** Sends {@code body} (exact bytes, or null) to {@code url}, retrying 429 per the retry policy. */
    <T> OpaResult<T> send(OpaOperation op, OpaUrl url, byte[] body, Class<T> dataType) {
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

    private <T> Attempt<T> attempt(OpaOperation op, OpaUrl url, byte[] body, Class<T> dataType) {
        String path = url.encodedPath();
        long start = System.nanoTime();
        HttpURLConnection connection = null;
        int status = 0;
        String requestId = null;
        try {
            connection = open(op, url, body);
            status = connection.getResponseCode();
            if (status < 0) {
                return new Attempt<>(logged(op, path, start,
                        new OpaResult.Unknown<>("no response: not an HTTP answer", 0, null, null)), null);
            }
            requestId = connection.getHeaderField("X-REQUEST-ID");
            byte[] bytes = readBody(connection, status);
            OpaResult<T> result = logged(op, path, start,
                    ResponseClassifier.classify(status, bytes, requestId, dataType));
            return new Attempt<>(result, retryAfter(connection.getHeaderField("Retry-After")));
        } catch (IOException e) {
            discard(connection);
            String reason = status == 0 ? "no response: " + describe(e) : "response body interrupted: " + describe(e);
            return new Attempt<>(logged(op, path, start, new OpaResult.Unknown<>(reason, status, null, requestId)),
                    null);
        } catch (RuntimeException e) {
            discard(connection);
            // Whatever broke, the request may have left: the caller must resolve it, not treat it as failed.
            return new Attempt<>(logged(op, path, start, new OpaResult.Unknown<>(
                    "client failure: " + e.getClass().getSimpleName(), status, null, requestId)), null);
        }
    }

    /** A connection set up for one call; the request goes out only once it has a body written or is asked to answer. */
    HttpURLConnection open(OpaOperation op, OpaUrl url, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.toUrl().openConnection();
        if (c instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(tls());
        }
        c.setConnectTimeout(millis(config.timeouts().connect()));
        c.setReadTimeout(millis(config.timeouts().readTimeout(op.timeoutClass())));
        c.setInstanceFollowRedirects(false);
        c.setUseCaches(false);
        c.setRequestMethod(op.method());
        String contentType = body == null ? null : RequestSigner.JSON_CONTENT_TYPE;
        long epoch = config.clock().instant().getEpochSecond();
        c.setRequestProperty("Authorization", signer.authorization(op.method(), url.encodedPath(),
                config.nonceSource().next(), epoch, contentType, body));
        c.setRequestProperty("X-ASSUME-MERCHANT", config.credentials().merchantId());
        c.setRequestProperty("Accept", "application/json");
        c.setRequestProperty("User-Agent", USER_AGENT);
        if (body != null) {
            // The header must equal the hashed content type, byte for byte.
            c.setRequestProperty("Content-Type", contentType);
            c.setDoOutput(true);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        return c;
    }

    /** The whole body, or an IOException if the connection ends before the length the server announced. */
    private static byte[] readBody(HttpURLConnection c, int status) throws IOException {
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) {
            return new byte[0];
        }
        long announced = c.getContentLengthLong();
        byte[] bytes;
        try (in) {
            // A known length is read into an array of exactly that size: no 8 KB scratch buffer per poll.
            bytes = announced >= 0 && announced <= MAX_PREALLOCATED_BODY
                    ? in.readNBytes((int) announced) : in.readAllBytes();
        }
        if (announced >= 0 && bytes.length != announced) {
            throw new IOException("body cut short: " + bytes.length + " of " + announced + " bytes");
        }
        return bytes;
    }

    /** A connection left half-read must not go back to the keep-alive cache. */
    private static void discard(HttpURLConnection connection) {
        if (connection != null) {
            connection.disconnect();
        }
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
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
        String kind = e instanceof SocketTimeoutException ? "timeout"
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

    /** Nothing to release: idle connections live in the JDK's keep-alive cache, which closes them after a few seconds. */
    @Override
    public void close() {
    }
}
