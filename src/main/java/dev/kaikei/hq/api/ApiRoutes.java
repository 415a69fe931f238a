package dev.kaikei.hq.api;

import dev.kaikei.hq.figures.Figures;
import dev.kaikei.hq.figures.Scope;
import dev.kaikei.hq.http.HttpError;
import dev.kaikei.hq.http.Request;
import dev.kaikei.hq.http.Router;
import dev.kaikei.hq.ingest.SyncIngest;
import dev.kaikei.hq.people.Authenticator;
import dev.kaikei.hq.people.User;
import dev.kaikei.hq.terminals.Terminal;
import dev.kaikei.hq.terminals.Terminals;
import dev.kaikei.sync.wire.SyncAck;
import dev.kaikei.sync.wire.SyncBatch;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The JSON API: tills push batches ({@code POST /api/v1/sync}), people read a day ({@code GET /api/v1/days/D}). */
public final class ApiRoutes {

    private static final String JSON = "application/json;charset=UTF-8";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Terminals terminals;
    private final SyncIngest ingest;
    private final Figures figures;
    private final Authenticator auth;

    public ApiRoutes(Terminals terminals, SyncIngest ingest, Figures figures, Authenticator auth) {
        this.terminals = terminals;
        this.ingest = ingest;
        this.figures = figures;
        this.auth = auth;
    }

    public void register(Router router) {
        router.post("/api/v1/sync", (request, rest) -> sync(request));
        router.getPrefix("/api/v1/days/", this::day);
    }

    private void sync(Request request) throws Exception {
        Terminal terminal = terminal(request);
        String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new HttpError(415, "expected application/json");
        }
        SyncBatch batch = Json.read(request.body(SyncBatch.MAX_BYTES), SyncBatch.class);
        SyncAck ack = ingest.apply(terminal, batch);
        request.send(200, JSON, Json.write(ack));
    }

    private Terminal terminal(Request request) throws Exception {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw HttpError.unauthorized("a terminal token is required (Authorization: Bearer …)");
        }
        return terminals.authenticate(header.substring(7).strip())
                .orElseThrow(() -> HttpError.unauthorized("unknown or revoked terminal token"));
    }

    private void day(Request request, String rest) throws Exception {
        User user = auth.basic(request);
        if (!DATE.matcher(rest).matches()) {
            throw HttpError.badRequest("the day must be yyyy-MM-dd");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(rest);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("no such day: " + rest);
        }
        Scope scope = user.storeId().map(Scope::store).orElse(Scope.everyStore());
        request.send(200, JSON, Json.write(DayJson.of(figures.period(date, date, scope))));
    }
}
