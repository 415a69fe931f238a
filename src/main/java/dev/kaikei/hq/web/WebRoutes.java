package dev.kaikei.hq.web;

import dev.kaikei.hq.figures.Figures;
import dev.kaikei.hq.figures.PaymentQuery;
import dev.kaikei.hq.figures.PaymentRow;
import dev.kaikei.hq.figures.Payments;
import dev.kaikei.hq.figures.Scope;
import dev.kaikei.hq.http.HttpError;
import dev.kaikei.hq.http.Request;
import dev.kaikei.hq.http.Router;
import dev.kaikei.hq.people.Authenticator;
import dev.kaikei.hq.people.LoginResult;
import dev.kaikei.hq.people.Session;
import dev.kaikei.hq.people.Sessions;
import dev.kaikei.hq.people.Users;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back office's pages: login, figures, payments search, unresolved items, CSV export. Server-rendered HTML with
 * no script at all; every state-changing POST must come from this site (Origin) and, once logged in, carry the
 * session's CSRF token, while the session cookie is HttpOnly and SameSite=Strict.
 */
public final class WebRoutes {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final int MAX_RANGE_DAYS = 366;

    private final Authenticator auth;
    private final Users users;
    private final Sessions sessions;
    private final Figures figures;
    private final Payments payments;
    private final Duration silentAfter;
    private final Clock clock;
    private final byte[] css;

    public WebRoutes(Authenticator auth, Users users, Sessions sessions, Figures figures, Payments payments,
                     Duration silentAfter, Clock clock) {
        this.auth = auth;
        this.users = users;
        this.sessions = sessions;
        this.figures = figures;
        this.payments = payments;
        this.silentAfter = silentAfter;
        this.clock = clock;
        this.css = resource("hq.css");
    }

    public void register(Router router) {
        router.get("/hq.css", (r, rest) -> r.send(200, "text/css;charset=UTF-8", css));
        router.get("/login", (r, rest) -> html(r, 200, lang(r), "login.title", "", Optional.empty(),
                LoginPage.body(lang(r), "", null)));
        router.post("/login", (r, rest) -> login(r));
        router.post("/logout", (r, rest) -> logout(r));
        router.get("/lang", (r, rest) -> language(r));
        router.get("/", (r, rest) -> withSession(r, s -> figuresPage(r, s)));
        router.get("/payments", (r, rest) -> withSession(r, s -> paymentsPage(r, s)));
        router.get("/unresolved", (r, rest) -> withSession(r, s -> unresolvedPage(r, s)));
        router.get("/export.csv", (r, rest) -> withSession(r, s -> export(r, s)));
    }

    @FunctionalInterface
    private interface SessionPage {
        void render(Session session) throws Exception;
    }

    private void withSession(Request r, SessionPage page) throws Exception {
        Optional<Session> session = auth.session(r);
        if (session.isEmpty()) {
            r.redirect("/login");
            return;
        }
        page.render(session.get());
    }

    private void login(Request r) throws Exception {
        sameOrigin(r);
        Map<String, String> form = r.form();
        String name = form.getOrDefault("name", "").strip();
        char[] password = form.getOrDefault("password", "").toCharArray();
        Lang lang = lang(r);
        try {
            LoginResult result = users.login(name, password);
            if (result instanceof LoginResult.Accepted a) {
                Session session = sessions.start(a.user());
                r.addHeader("Set-Cookie", Authenticator.SESSION_COOKIE + "=" + session.token()
                        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + Sessions.LIFETIME.toSeconds()
                        + (r.secure() ? "; Secure" : ""));
                r.redirect("/");
            } else if (result instanceof LoginResult.Throttled t) {
                r.setHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
                html(r, 429, lang, "login.title", "", Optional.empty(), LoginPage.body(lang, name,
                        lang.t("login.throttled", Math.max(1, t.retryAfter().toSeconds()))));
            } else {
                html(r, 401, lang, "login.title", "", Optional.empty(),
                        LoginPage.body(lang, name, lang.t("login.refused")));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void logout(Request r) throws Exception {
        sameOrigin(r);
        Map<String, String> form = r.form();
        Optional<Session> session = auth.session(r);
        if (session.isPresent()) {
            byte[] sent = form.getOrDefault("csrf", "").getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sent, session.get().csrf().getBytes(StandardCharsets.UTF_8))) {
                throw HttpError.forbidden("the form's CSRF token does not match the session");
            }
            sessions.end(session.get().token());
        }
        r.addHeader("Set-Cookie", Authenticator.SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
                + (r.secure() ? "; Secure" : ""));
        r.redirect("/login");
    }

    /** A cross-site POST carries another Origin: refused before anything is read or changed. */
    private static void sameOrigin(Request r) {
        Optional<String> origin = r.header("Origin");
        if (origin.isPresent()) {
            String host = r.header("Host").orElse("");
            String o = origin.get();
            if (!(o.equals("http://" + host) || o.equals("https://" + host))) {
                throw HttpError.forbidden("cross-site request refused");
            }
        }
    }

    private void language(Request r) throws IOException {
        String to = "en".equals(r.query("to").orElse("")) ? "en" : "ja";
        r.addHeader("Set-Cookie", Lang.COOKIE + "=" + to + "; Path=/; SameSite=Lax; Max-Age=31536000"
                + (r.secure() ? "; Secure" : ""));
        // Back to the page the person was on (only a path of this site, never an open redirect).
        String back = r.header("Referer").map(WebRoutes::pathOf).orElse("/");
        r.redirect(back);
    }

    private static String pathOf(String referer) {
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/lang")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private void figuresPage(Request r, Session s) throws Exception {
        Lang lang = lang(r);
        LocalDate today = LocalDate.now(clock.withZone(Page.BUSINESS_ZONE));
        Optional<LocalDate[]> range = range(r, today);
        LocalDate[] days = range.orElse(new LocalDate[] {today, today});
        String error = range.isEmpty() ? lang.t("error.date") : null;
        var period = figures.period(days[0], days[1], scope(s));
        html(r, error == null ? 200 : 400, lang, "figures.title", "figures", Optional.of(s),
                FiguresPage.body(lang, period, clock.instant(), silentAfter, error));
    }

    private void paymentsPage(Request r, Session s) throws Exception {
        Lang lang = lang(r);
        String rawAmount = r.query("amount").orElse("");
        String error = null;
        Optional<Long> amount = Optional.empty();
        if (!rawAmount.isEmpty()) {
            try {
                amount = Optional.of(Long.parseLong(rawAmount.replace(",", "")));
            } catch (NumberFormatException e) {
                error = lang.t("error.amount");
            }
        }
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        try {
            from = r.query("from").map(LocalDate::parse);
            to = r.query("to").map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            error = lang.t("error.date");
        }
        int page = r.query("page").filter(p -> p.matches("\\d{1,3}")).map(Integer::parseInt).orElse(0);
        PaymentQuery query = new PaymentQuery(r.query("id").filter(v -> v.length() <= 64), amount, from, to,
                Math.min(page, PaymentQuery.MAX_PAGE));
        List<PaymentRow> rows = error == null ? payments.search(query, scope(s)) : List.of();
        html(r, error == null ? 200 : 400, lang, "payments.title", "payments", Optional.of(s),
                PaymentsPage.search(lang, query, rawAmount, rows, clock.instant(), error));
    }

    private void unresolvedPage(Request r, Session s) throws Exception {
        Lang lang = lang(r);
        html(r, 200, lang, "unresolved.title", "unresolved", Optional.of(s),
                PaymentsPage.unresolved(lang, payments.unresolved(scope(s)), clock.instant()));
    }

    private void export(Request r, Session s) throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Page.BUSINESS_ZONE));
        LocalDate[] days = range(r, today).orElseThrow(() -> HttpError.badRequest(lang(r).t("error.date")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            PaymentsCsv csv = new PaymentsCsv(w);
            payments.forEachOn(days[0], days[1], scope(s), row -> {
                try {
                    csv.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        r.setHeader("Content-Disposition", "attachment; filename=\"kaikei-hq-" + days[0] + "_" + days[1]
                + ".csv\"");
        r.send(200, "text/csv;charset=UTF-8", bytes.toByteArray());
    }

    /** from/to of the query (a single day when only one is given), checked; empty when invalid. */
    private static Optional<LocalDate[]> range(Request r, LocalDate today) {
        try {
            LocalDate from = r.query("from").map(LocalDate::parse).orElse(null);
            LocalDate to = r.query("to").map(LocalDate::parse).orElse(null);
            if (from == null && to == null) {
                from = today;
                to = today;
            } else if (from == null) {
                from = to;
            } else if (to == null) {
                to = from;
            }
            if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
                return Optional.empty();
            }
            return Optional.of(new LocalDate[] {from, to});
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Scope scope(Session s) {
        return s.user().storeId().map(Scope::store).orElse(Scope.everyStore());
    }

    private static Lang lang(Request r) {
        return Lang.choose(r.cookie(Lang.COOKIE).orElse(null), r.header("Accept-Language").orElse(null));
    }

    private static void html(Request r, int status, Lang lang, String titleKey, String current,
                             Optional<Session> session, String body) throws IOException {
        r.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        r.setHeader("Referrer-Policy", "same-origin");
        r.send(status, HTML, Page.render(lang, lang.t(titleKey), current, session, body));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
