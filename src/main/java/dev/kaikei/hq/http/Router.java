package dev.kaikei.hq.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches requests by method and path to routes. A {@link HttpError} becomes its 4xx with the message; anything
 * else a 500 with a reference the log holds next to the stack trace (the client never sees internals).
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private record Entry(String method, String path, boolean prefix, Route route) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean secure;

    public Router(boolean secure) {
        this.secure = secure;
    }

    public Router get(String path, Route route) {
        entries.add(new Entry("GET", path, false, route));
        return this;
    }

    public Router post(String path, Route route) {
        entries.add(new Entry("POST", path, false, route));
        return this;
    }

    /** A GET route for every path below {@code prefix}; the route receives the rest of the path. */
    public Router getPrefix(String prefix, Route route) {
        entries.add(new Entry("GET", prefix, true, route));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange, secure);
        String path = request.path();
        try (exchange) {
            try {
                Entry match = null;
                boolean pathKnown = false;
                for (Entry e : entries) {
                    boolean pathMatches = e.prefix() ? path.startsWith(e.path()) : path.equals(e.path());
                    if (pathMatches) {
                        pathKnown = true;
                        if (e.method().equals(request.method())) {
                            match = e;
                            break;
                        }
                    }
                }
                if (match == null) {
                    throw pathKnown ? new HttpError(405, "method not allowed") : HttpError.notFound();
                }
                match.route().handle(request, match.prefix() ? path.substring(match.path().length()) : "");
            } catch (HttpError e) {
                sendError(request, e.status(), e.getMessage());
            } catch (IOException e) {
                LOG.debug("Client connection failed on {} {}: {}", request.method(), path, e.toString());
            } catch (Exception | LinkageError | StackOverflowError e) {
                // Also errors a single request can cause (a broken deployment's missing class): the client gets a
                // 500 rather than a dropped connection, and the server thread lives on.
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Request {} {} failed (reference {})", request.method(), path, reference, e);
                sendError(request, 500, "internal error, reference " + reference);
            }
        }
    }

    private static void sendError(Request request, int status, String message) {
        try {
            if (status == 401 && request.path().startsWith("/api/")) {
                request.setHeader("WWW-Authenticate", "Basic realm=\"Kaikei HQ\", charset=\"UTF-8\"");
            }
            String json = "{\"error\":\"" + jsonEscape(message) + "\"}";
            request.send(status, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Headers were already sent, or the client left: nothing more to tell it.
            LOG.debug("Could not send error {} for {}: {}", status, request.path(), e.toString());
        }
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
