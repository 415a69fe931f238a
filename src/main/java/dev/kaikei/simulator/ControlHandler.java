package dev.kaikei.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's own tool API under {@code /simulator/}: customer actions (pay or decline a code, approve or decline
 * an account link, with browser pages; confirm or decline a capture), the ledger, PayPay's daily transaction file, the
 * clock and fault rules. Unauthenticated (loopback tool API) and never subject to faults.
 */
final class ControlHandler implements HttpHandler {

    /** The account-link return page ({@link PayPaySimulator#linkReturnPage()}). */
    static final String LINK_RETURN_PATH = "/simulator/linked";
    private static final Logger LOG = LoggerFactory.getLogger(ControlHandler.class);
    private static final Pattern PAY_PAGE = Pattern.compile("/simulator/pay/([^/]+)");
    private static final Pattern CODE_ACTION = Pattern.compile("/simulator/codes/([^/]+)/(pay|decline)");
    private static final Pattern LINK_PAGE = Pattern.compile("/simulator/link/([^/]+)");
    private static final Pattern LINK_ACTION = Pattern.compile("/simulator/link/([^/]+)/(approve|decline)");
    private static final Pattern CAPTURE_ACTION =
            Pattern.compile("/simulator/payments/([^/]+)/capture/(confirm|decline)");

    private final PayPaySimulator simulator;
    private final ObjectMapper mapper;
    private final IdGenerator ids;

    ControlHandler(PayPaySimulator simulator, ObjectMapper mapper, IdGenerator ids) {
        this.simulator = simulator;
        this.mapper = mapper;
        this.ids = ids;
    }

    private record Answer(int status, String contentType, byte[] body, String location) {
        static Answer html(int status, String html) {
            return new Answer(status, HttpIo.HTML, html.getBytes(StandardCharsets.UTF_8), null);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Answer answer;
        try {
            byte[] body = HttpIo.readBody(exchange);
            boolean fromForm = isForm(exchange.getRequestHeaders().getFirst("Content-Type"));
            answer = route(method, path, HttpIo.query(exchange.getRequestURI().getRawQuery()), body, fromForm);
        } catch (CustomerAction.Refused e) {
            answer = error(e.reason().httpStatus(), e.reason().name(), "refused: " + e.reason());
        } catch (ApiException | IllegalArgumentException e) {
            answer = error(400, "BAD_REQUEST", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("simulator bug on {} {}", method, path, e);
            answer = error(500, "SIMULATOR_ERROR", "unexpected error");
        }
        try {
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            HttpIo.send(exchange, answer.status(), answer.contentType(), answer.body(), ids.requestId());
        } finally {
            exchange.close();
            LOG.info("{} {} -> {}", method, path, answer.status());
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    private Answer route(String method, String path, Map<String, String> query, byte[] body, boolean fromForm)
            throws IOException {
        Matcher m;
        if ("GET".equals(method) && (m = PAY_PAGE.matcher(path)).matches()) {
            CustomerAction.CodeView code = simulator.codeView(m.group(1));
            return code == null ? Answer.html(404, Pages.message("Unknown code", "No such payment code."))
                    : Answer.html(200, Pages.payPage(simulator.options().storeName(), code));
        }
        if ("POST".equals(method) && (m = CODE_ACTION.matcher(path)).matches()) {
            CustomerAction.Result result = "pay".equals(m.group(2)) ? simulator.payCode(m.group(1))
                    : simulator.declineCode(m.group(1));
            return fromForm ? Answer.html(200, Pages.payResult(result)) : json(200, result);
        }
        if ("GET".equals(method) && (m = LINK_PAGE.matcher(path)).matches()) {
            boolean open = simulator.linkSessionOpen(m.group(1));
            return Answer.html(open ? 200 : 404, Pages.linkPage(simulator.options().storeName(), m.group(1), open));
        }
        if ("GET".equals(method) && path.equals(LINK_RETURN_PATH)) {
            return Answer.html(200, Pages.linkReturnPage(query.getOrDefault("responseToken", "")));
        }
        if ("POST".equals(method) && (m = LINK_ACTION.matcher(path)).matches()) {
            CustomerAction.LinkResult result = "approve".equals(m.group(2)) ? simulator.approveLink(m.group(1))
                    : simulator.declineLink(m.group(1));
            return fromForm ? new Answer(303, null, new byte[0], result.redirectUrl()) : json(200, result);
        }
        if ("POST".equals(method) && (m = CAPTURE_ACTION.matcher(path)).matches()) {
            return json(200, "confirm".equals(m.group(2)) ? simulator.confirmCapture(m.group(1))
                    : simulator.declineCapture(m.group(1)));
        }
        if ("GET".equals(method) && path.equals("/simulator/ledger")) {
            return json(200, simulator.ledger());
        }
        if ("GET".equals(method) && path.equals("/simulator/transaction-file")) {
            return transactionFile(query);
        }
        if (path.equals("/simulator/clock") && "GET".equals(method)) {
            return json(200, Map.of("now", simulator.clock().epochSecond()));
        }
        if (path.equals("/simulator/clock/advance") && "POST".equals(method)) {
            long seconds = parseSeconds(query.get("seconds"));
            simulator.clock().advance(Duration.ofSeconds(seconds));
            return json(200, Map.of("now", simulator.clock().epochSecond()));
        }
        if (path.equals("/simulator/faults")) {
            return faults(method, body);
        }
        return error(404, "NOT_FOUND", "no such simulator endpoint: " + method + " " + path);
    }

    /** {@code ?date=YYYY-MM-DD[&type=instant|preauth]}: PayPay's daily file as a Shift_JIS CSV download. */
    private Answer transactionFile(Map<String, String> query) {
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(query.get("date")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD");
        }
        String type = query.getOrDefault("type", "instant");
        if (!type.equals("instant") && !type.equals("preauth")) {
            throw new IllegalArgumentException("type must be instant or preauth");
        }
        PayPaySimulator.TransactionFileDownload file = simulator.transactionFile(day, type.equals("preauth"));
        return new Answer(200, "text/csv; charset=Shift_JIS", file.bytes(), null);
    }

    private static long parseSeconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seconds must be an integer");
        }
    }

    private Answer faults(String method, byte[] body) throws IOException {
        switch (method) {
            case "GET" -> {
                return json(200, simulator.faults().rules());
            }
            case "PUT" -> {
                simulator.faults().replace(parseRules(body));
                return json(200, simulator.faults().rules());
            }
            case "POST" -> {
                parseRules(body).forEach(simulator.faults()::add);
                return json(200, simulator.faults().rules());
            }
            case "DELETE" -> {
                simulator.faults().clear();
                return json(200, List.of());
            }
            default -> {
                return error(405, "METHOD_NOT_ALLOWED", "use GET, PUT, POST or DELETE");
            }
        }
    }

    /** A JSON array of rules, or one rule object. */
    private List<FaultRule> parseRules(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node != null && node.isArray()) {
                return mapper.convertValue(node, new TypeReference<List<FaultRule>>() { });
            }
            if (node != null && node.isObject()) {
                return List.of(mapper.treeToValue(node, FaultRule.class));
            }
            throw new IllegalArgumentException("expected a fault rule object or an array of them");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad fault rules: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("bad fault rules");
        }
    }

    private Answer json(int status, Object value) throws IOException {
        return new Answer(status, HttpIo.JSON, mapper.writeValueAsBytes(value), null);
    }

    private Answer error(int status, String code, String message) {
        try {
            return json(status, Map.of("error", code, "message", message == null ? code : message));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
