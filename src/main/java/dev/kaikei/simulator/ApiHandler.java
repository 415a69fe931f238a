package dev.kaikei.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves PayPay's API paths: routes a request to its operation, checks the signature, applies fault rules and writes
 * PayPay's envelope. Logs one line per request (method, path, status, result code) — never headers or bodies.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final byte[] BAD_GATEWAY_HTML = ("<html><head><title>502 Bad Gateway</title></head><body>"
            + "<center><h1>502 Bad Gateway</h1></center></body></html>").getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;
    private final AuthVerifier verifier;
    private final Faults faults;
    private final IdGenerator ids;
    private final CountDownLatch closing;
    private final List<Route> routes;

    /** One parsed call: path variables, query parameters and the raw body. */
    record Call(List<String> pathVars, Map<String, String> query, byte[] body) {
        String var(int index) {
            return pathVars.get(index);
        }
    }

    /** What an operation answers before it is put in the envelope. */
    record Reply(ResultCode result, String message, JsonNode data) {
        static Reply of(ResultCode result, JsonNode data) {
            return new Reply(result, result.message(), data);
        }
    }

    private record Route(String method, Pattern path, Operation operation, Function<Call, Reply> action) {
    }

    ApiHandler(ObjectMapper mapper, AuthVerifier verifier, Faults faults, IdGenerator ids, CountDownLatch closing,
               PayPayOperations operations) {
        this.mapper = mapper;
        this.verifier = verifier;
        this.faults = faults;
        this.ids = ids;
        this.closing = closing;
        this.routes = List.of(
                route("POST", "/v2/codes", Operation.CREATE_QR, operations::createCode),
                route("GET", "/v2/codes/payments/{}", Operation.GET_QR_PAYMENT, operations::codePayment),
                route("DELETE", "/v2/codes/{}", Operation.DELETE_QR, operations::deleteCode),
                route("POST", "/v2/payments", Operation.CREATE_PAYMENT, operations::createPayment),
                route("POST", "/v2/payments/preauthorize", Operation.PREAUTHORIZE, operations::preauthorize),
                route("POST", "/v2/payments/capture", Operation.CAPTURE, operations::capture),
                route("POST", "/v2/payments/preauthorize/revert", Operation.REVERT, operations::revert),
                route("GET", "/v2/payments/{}", Operation.GET_PAYMENT, operations::payment),
                route("DELETE", "/v2/payments/{}", Operation.CANCEL_PAYMENT, operations::cancel),
                route("POST", "/v2/refunds", Operation.REFUND, operations::refund),
                route("GET", "/v2/refunds/{}", Operation.GET_REFUND, operations::refundDetails),
                route("POST", "/v1/qr/sessions", Operation.ACCOUNT_LINK, operations::createSession),
                route("GET", "/v2/user/authorizations", Operation.USER_AUTH_STATUS, operations::userStatus),
                route("DELETE", "/v2/user/authorizations/{}", Operation.UNLINK, operations::unlink),
                route("GET", "/v2/wallet/check_balance", Operation.WALLET_BALANCE, operations::checkBalance));
    }

    private static Route route(String method, String template, Operation operation, Function<Call, Reply> action) {
        return new Route(method, Pattern.compile(template.replace("{}", "([^/]+)")), operation, action);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = ids.requestId();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String outcome = "?";
        try {
            outcome = serve(exchange, requestId, method, path);
        } catch (ApiException e) {
            outcome = sendEnvelope(exchange, requestId, new Reply(e.result(), e.getMessage(), null));
        } catch (RuntimeException e) {
            LOG.error("simulator bug on {} {}", method, path, e);
            outcome = sendEnvelope(exchange, requestId, Reply.of(ResultCode.SERVICE_ERROR, null));
        } finally {
            exchange.close();
            LOG.info("{} {} -> {}", method, path, outcome);
        }
    }

    private String serve(HttpExchange exchange, String requestId, String method, String path) throws IOException {
        byte[] body = HttpIo.readBody(exchange);
        Map<String, String> query = HttpIo.query(exchange.getRequestURI().getRawQuery());
        Route route = null;
        Matcher matcher = null;
        boolean pathKnown = false;
        for (Route candidate : routes) {
            Matcher m = candidate.path().matcher(path);
            if (m.matches()) {
                pathKnown = true;
                if (candidate.method().equals(method)) {
                    route = candidate;
                    matcher = m;
                    break;
                }
            }
        }
        if (route == null) {
            throw new ApiException(pathKnown ? ResultCode.METHOD_NOT_ALLOWED : ResultCode.API_NOT_FOUND);
        }
        String assumeMerchant = query.containsKey("assumeMerchant") ? query.get("assumeMerchant")
                : exchange.getRequestHeaders().getFirst("X-ASSUME-MERCHANT");
        Optional<String> authProblem = verifier.verify(new AuthVerifier.SignedRequest(method, path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, assumeMerchant));
        if (authProblem.isPresent()) {
            LOG.debug("rejected {} {}: {}", method, path, authProblem.get());
            throw new ApiException(ResultCode.UNAUTHORIZED);
        }
        List<String> vars = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            vars.add(matcher.group(i));
        }
        Call call = new Call(vars, query, body);

        Optional<FaultRule> fault = faults.pick(route.operation(), path, body);
        if (fault.isPresent() && !fault.get().commitsFirst()) {
            FaultRule rule = fault.get();
            if (rule.kind() != FaultKind.LATENCY) {
                return emitFault(exchange, requestId, rule, null);
            }
            pause(rule.effectiveLatencyMillis());
        }
        Reply reply;
        try {
            reply = route.action().apply(call);
        } catch (ApiException e) {
            reply = new Reply(e.result(), e.getMessage(), null);
        }
        if (fault.isPresent() && fault.get().commitsFirst()) {
            return emitFault(exchange, requestId, fault.get(), reply);
        }
        return sendEnvelope(exchange, requestId, reply);
    }

    private String emitFault(HttpExchange exchange, String requestId, FaultRule rule, Reply committed)
            throws IOException {
        String label = "fault " + rule.kind();
        switch (rule.kind()) {
            case HTTP_500, COMMIT_THEN_FAIL -> sendEnvelope(exchange, requestId,
                    Reply.of(ResultCode.INTERNAL_SERVER_ERROR, null));
            case HTTP_502 -> HttpIo.send(exchange, 502, "text/html", BAD_GATEWAY_HTML, requestId);
            case HTTP_503 -> sendEnvelope(exchange, requestId, Reply.of(ResultCode.MAINTENANCE_MODE, null));
            case HTTP_504 -> HttpIo.send(exchange, 504, null, new byte[0], requestId);
            case RATE_LIMIT -> {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(rule.effectiveRetryAfterSeconds()));
                sendEnvelope(exchange, requestId, Reply.of(ResultCode.RATE_LIMIT, null));
            }
            case UNAUTHORIZED -> sendEnvelope(exchange, requestId, Reply.of(ResultCode.UNAUTHORIZED, null));
            case THROTTLED -> sendEnvelope(exchange, requestId, Reply.of(ResultCode.THROTTLED, null));
            case NO_RESPONSE -> {
                pause(rule.effectiveHoldMillis());
                return label; // the exchange is closed without headers: the connection just drops
            }
            case CONNECTION_RESET -> {
                return label; // closing an exchange before sendResponseHeaders closes the socket
            }
            case TRUNCATED_BODY -> {
                Reply reply = committed != null ? committed : Reply.of(ResultCode.INTERNAL_SERVER_ERROR, null);
                byte[] full = envelope(reply);
                byte[] half = Arrays.copyOf(full, full.length / 2);
                exchange.getResponseHeaders().set("X-REQUEST-ID", requestId);
                exchange.getResponseHeaders().set("Content-Type", HttpIo.JSON);
                exchange.sendResponseHeaders(reply.result().httpStatus(), half.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(half);
                }
            }
            case LATENCY -> {
                pause(rule.effectiveLatencyMillis());
                return sendEnvelope(exchange, requestId, committed);
            }
            default -> throw new IllegalStateException("unhandled fault " + rule.kind());
        }
        return label;
    }

    /** Waits, but wakes at once when the simulator closes so that held connections never delay shutdown. */
    private void pause(long millis) {
        try {
            closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String sendEnvelope(HttpExchange exchange, String requestId, Reply reply) throws IOException {
        HttpIo.send(exchange, reply.result().httpStatus(), HttpIo.JSON, envelope(reply), requestId);
        return reply.result().httpStatus() + " " + reply.result().code();
    }

    private byte[] envelope(Reply reply) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode info = root.putObject("resultInfo");
        info.put("code", reply.result().code());
        info.put("message", reply.message());
        info.put("codeId", reply.result().codeId());
        root.set("data", reply.data());
        return mapper.writeValueAsBytes(root);
    }
}
