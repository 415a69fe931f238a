package dev.kaikei.opa;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one signed request per attempt over OkHttp and classifies the answer; retries only 429 (and a poll whose
 * connection dropped, see below).
 *
 * <p>Money safety lives in this client's own settings, not in any JVM-wide property: OkHttp never retries a request
 * on a connection failure ({@code retryOnConnectionFailure(false)}) and never follows a redirect, so a POST leaves at
 * most once; an unanswered one is Unknown and the engine resolves it by query. Each call gets its operation's timeout
 * (paypay-api.md §4.1) as a whole-call deadline, which also covers the connect, TLS and a slow trickle of bytes; host
 * name lookups have their own bound ({@link BoundedDns}).
 *
 * <p>The pool keeps at most {@value #MAX_IDLE} idle connections (a till talks to one host: the poller and an action at
 * once) for {@value #KEEP_ALIVE_SECONDS} s, long enough to carry a warm connection from one customer to the next and
 * shorter than the idle limit of common gateways (60 s). OkHttp checks an idle connection's health before it sends
 * a POST on it. The cost, measured (README, Benchmarks): OkHttp wakes its pool-cleanup task and call-timeout watchdog
 * threads around calls, which on a small tablet costs CPU per poll; one poll every 4 s makes that negligible next to
 * a safety that no longer depends on how the process was started.
 */
final class OpaTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpaTransport.class);
    private static final String USER_AGENT = "Kaikei-opa/1.0";
    static final int MAX_IDLE = 2;
    static final int KEEP_ALIVE_SECONDS = 30;

    /** Waits between 429 retries; replaceable so tests can observe the delays instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final OpaClientConfig config;
    private final RequestSigner signer;
    private final Sleeper sleeper;
    private final OpaUrl.Base baseUrl;
    private final BoundedDns dns;
    private final OkHttpClient http;

    OpaTransport(OpaClientConfig config, Sleeper sleeper) {
        this.config = config;
        this.signer = new RequestSigner(config.credentials().apiKey(), config.credentials().apiSecret());
        this.sleeper = sleeper;
        this.baseUrl = OpaUrl.Base.parse(config.baseUrl());
        this.dns = new BoundedDns(config.timeouts().connect());
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if ("http".equals(baseUrl.scheme())) {
            // Plain HTTP only (the training simulator on this machine): OkHttp then skips building its TLS context,
            // which reads the JDK's trust store - a quarter of a second of CPU on the way to the first window.
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.http = builder
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.timeouts().connect())
                // The per-call deadline bounds reads and writes; a per-read timeout would only add watchdog entries.
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .connectionPool(new ConnectionPool(MAX_IDLE, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS))
                .dns(dns)
                .eventListenerFactory(CallTimer.FACTORY)
                .build();
    }

    /** Whether this transport can speak TLS (not to a plain-HTTP base URL: no trust store is read for it). */
    boolean speaksTls() {
        return http.connectionSpecs().stream().anyMatch(ConnectionSpec::isTls);
    }

    OpaUrl.Builder url() {
        return baseUrl.newUrl();
    }

    /** Sends {@code body} (exact bytes, or null) to {@code url}, retrying 429 per the retry policy. */
    <T> OpaResult<T> send(OpaOperation op, OpaUrl url, byte[] body, Class<T> dataType) {
        RetryPolicy retry = config.retryPolicy();
        Duration spent = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            Attempt<T> a = attempt(op, url, body, dataType);
            if (a.dropped && "GET".equals(op.method())) {
                // The connection dropped without an answer (typically a pooled one the server had just closed): a GET
                // changes nothing, so it goes once more rather than showing the cashier "PayPay cannot be reached".
                LOG.debug("{} lost its connection without an answer; sending the GET once more", op);
                spent = spent.plus(a.elapsed);
                a = attempt(op, url, body, dataType);
            }
            spent = spent.plus(a.elapsed);
            boolean rateLimited = a.result instanceof OpaResult.Rejected<T> r && r.httpStatus() == 429;
            if (!rateLimited || attempt >= retry.maxAttempts()) {
                return a.result.withElapsed(spent);
            }
            Duration wait = retry.delayAfter(attempt, a.retryAfter);
            LOG.debug("{} rate limited (attempt {}/{}), retrying in {} ms", op, attempt, retry.maxAttempts(),
                    wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return a.result.withElapsed(spent);
            }
        }
    }

    /** One attempt's outcome. {@code dropped}: the connection ended before any answer (not a timeout). */
    private record Attempt<T>(OpaResult<T> result, Duration retryAfter, Duration elapsed, boolean dropped) {
    }

    private <T> Attempt<T> attempt(OpaOperation op, OpaUrl url, byte[] body, Class<T> dataType) {
        String path = url.encodedPath();
        CallTimer timer = new CallTimer();
        Call call;
        try {
            call = http.newCall(request(op, url, body, timer));
        } catch (RuntimeException e) {
            // Nothing left: the URL or a header could not even be built.
            return new Attempt<>(logged(op, path, timer, new OpaResult.Unknown<>(
                    "client failure: " + e.getClass().getSimpleName(), 0, null, null)), null, Duration.ZERO, false);
        }
        call.timeout().timeout(config.timeouts().readTimeout(op.timeoutClass()).toNanos(), TimeUnit.NANOSECONDS);
        int status = 0;
        String requestId = null;
        try (Response response = call.execute()) {
            status = response.code();
            requestId = response.header("X-REQUEST-ID");
            byte[] bytes = readBody(response.body());
            OpaResult<T> result = ResponseClassifier.classify(status, bytes, requestId, dataType);
            Duration retryAfter = retryAfter(response.header("Retry-After"));
            response.close(); // ends the call, so the timer has its end
            return new Attempt<>(logged(op, path, timer, result), retryAfter, timer.elapsed(), false);
        } catch (IOException e) {
            String reason = status == 0 ? "no response: " + describe(e) : "response body interrupted: " + describe(e);
            boolean dropped = status == 0 && !isTimeout(e);
            return new Attempt<>(logged(op, path, timer, new OpaResult.Unknown<>(reason, status, null, requestId)),
                    null, timer.elapsed(), dropped);
        } catch (RuntimeException e) {
            // Whatever broke, the request may have left: the caller must resolve it, not treat it as failed.
            return new Attempt<>(logged(op, path, timer, new OpaResult.Unknown<>(
                    "client failure: " + e.getClass().getSimpleName(), status, null, requestId)), null,
                    timer.elapsed(), false);
        }
    }

    private Request request(OpaOperation op, OpaUrl url, byte[] body, CallTimer timer) {
        String contentType = body == null ? null : RequestSigner.JSON_CONTENT_TYPE;
        long epoch = config.clock().instant().getEpochSecond();
        Request.Builder request = new Request.Builder()
                .url(url.toString())
                .header("Authorization", signer.authorization(op.method(), url.encodedPath(),
                        config.nonceSource().next(), epoch, contentType, body))
                .header("X-ASSUME-MERCHANT", config.credentials().merchantId())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .tag(CallTimer.class, timer);
        if (body != null) {
            // A null media type keeps OkHttp from writing its own Content-Type: the header must equal the hashed one.
            request.header("Content-Type", contentType).method(op.method(), RequestBody.create(body, null));
        } else {
            request.method(op.method(), null);
        }
        return request.build();
    }

    /** The whole body; a body shorter than its announced length fails (an unknown outcome), never parses as less. */
    private static byte[] readBody(ResponseBody body) throws IOException {
        return body.bytes();
    }

    private static <T> OpaResult<T> logged(OpaOperation op, String path, CallTimer timer, OpaResult<T> result) {
        long ms = timer.elapsed().toMillis();
        if (result instanceof OpaResult.Unknown<T> u) {
            LOG.info("{} {} {} -> UNKNOWN ({}) status={} code={} requestId={} {} ms{}", op, op.method(), path,
                    u.reason(), u.httpStatus(), u.code(), u.requestId(), ms,
                    timer.newConnection() ? " (new connection)" : "");
        } else {
            LOG.debug("{} {} {} -> {} status={} code={} requestId={} {} ms{}", op, op.method(), path,
                    result.isSuccess() ? "SUCCESS" : "REJECTED", result.httpStatus(), result.code(),
                    result.requestId(), ms, timer.newConnection() ? " (new connection)" : "");
        }
        return result;
    }

    private static boolean isTimeout(IOException e) {
        // OkHttp reports its call deadline as an InterruptedIOException("timeout").
        return e instanceof SocketTimeoutException || "timeout".equals(e.getMessage());
    }

    private static String describe(IOException e) {
        String kind = isTimeout(e) ? "timeout"
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

    /** Closes the pooled connections and stops OkHttp's and the DNS threads of this client. */
    @Override
    public void close() {
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
        dns.close();
    }
}
