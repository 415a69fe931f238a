package dev.kaikei.hq.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange with bounded reading (a body larger than the route allows is a 413 before anything is parsed),
 * decoded query and form parameters, cookies, and response writing.
 *
 * <p>Before any answer, what is left of the request body is read and thrown away (up to {@link #DISCARD_LIMIT}): a
 * server that closes a connection with unread data makes TCP reset it, and the reset can destroy the answer before
 * the client reads it, so a till whose batch was refused (413, 401) would see "connection reset" instead of why.
 * A body declared larger than that limit is not read at all: the answer says {@code Connection: close}, and such a
 * client may see only the reset (no till sends that much).
 */
public final class Request {

    /** The most a refused body is read to let its client hear the answer; beyond it the connection is closed. */
    static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    private final HttpExchange exchange;
    private final boolean secure;
    private Map<String, String> query;

    Request(HttpExchange exchange, boolean secure) {
        this.exchange = exchange;
        this.secure = secure;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    public String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** True when the request came over TLS (cookies are then marked Secure). */
    public boolean secure() {
        return secure;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** A query parameter, empty when absent or blank. */
    public Optional<String> query(String name) {
        if (query == null) {
            query = decodeForm(exchange.getRequestURI().getRawQuery());
        }
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isBlank()).map(String::strip);
    }

    public Optional<String> cookie(String name) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                    return Optional.of(part.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The body, at most {@code maxBytes}; more (declared or sent) is a 413 and nothing of it is used. */
    public byte[] body(int maxBytes) throws IOException {
        if (declaredLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        // Not closed here: closing would let the JDK drain only 64 KiB; send() reads what is left first.
        byte[] body = exchange.getRequestBody().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    private static HttpError tooLarge(int maxBytes) {
        return new HttpError(413, "request body larger than " + maxBytes + " bytes");
    }

    /** The Content-Length the client declared; -1 when it sent none (chunked) or an unreadable one. */
    private long declaredLength() {
        String header = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Reads what is left of the request body (see the class comment), or asks to close the connection when that is
     * more than {@link #DISCARD_LIMIT} or the client stopped sending.
     */
    private void finishReading() {
        if (declaredLength() > DISCARD_LIMIT) {
            setHeader("Connection", "close");
            return;
        }
        try {
            InputStream in = exchange.getRequestBody();
            byte[] scrap = new byte[64 * 1024];
            long discarded = 0;
            int n;
            while (discarded <= DISCARD_LIMIT && (n = in.read(scrap)) >= 0) {
                discarded += n;
            }
            if (discarded > DISCARD_LIMIT) {
                setHeader("Connection", "close");
            }
        } catch (IOException e) {
            setHeader("Connection", "close");
        }
    }

    /** An application/x-www-form-urlencoded body (at most 16 KiB) as parameters; the first value of a name wins. */
    public Map<String, String> form() throws IOException {
        String type = header("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "expected a form (application/x-www-form-urlencoded)");
        }
        return decodeForm(new String(body(16 * 1024), StandardCharsets.UTF_8));
    }

    static Map<String, String> decodeForm(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("malformed parameters");
            }
        }
        return params;
    }

    public void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    public void addHeader(String name, String value) {
        exchange.getResponseHeaders().add(name, value);
    }

    public void send(int status, String contentType, byte[] body) throws IOException {
        finishReading();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public void send(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public void redirect(String location) throws IOException {
        finishReading();
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }
}
