package dev.kaikei.hq.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.hq.HqFixture;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The back office's pages refuse bad input with a 4xx and change nothing")
class WebInputTest {

    private static HqFixture hq;
    private static String cookie;

    @BeforeAll
    static void start() {
        hq = HqFixture.start();
        hq.owner("hana");
        cookie = login("hana", HqFixture.PASSWORD).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @AfterAll
    static void stop() {
        hq.close();
    }

    private static HttpResponse<String> login(String name, String password) {
        return post("/login", "name=" + name + "&password=" + password.replace(" ", "+"), null, null);
    }

    private static HttpResponse<String> post(String path, String form, String withCookie, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(hq.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (withCookie != null) {
            b.header("Cookie", withCookie);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return hq.send(b.build());
    }

    private static HttpResponse<String> get(String path) {
        return hq.send(HttpRequest.newBuilder(hq.uri().resolve(path)).header("Cookie", cookie).GET().build());
    }

    @Test
    @DisplayName("a login sets an HttpOnly SameSite=Strict session cookie (no Secure over plain HTTP)")
    void cookie() {
        String setCookie = login("hana", HqFixture.PASSWORD).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Secure");
    }

    @Test
    @DisplayName("login: a cross-site post is 403, a huge body 413, not a form 415, a wrong password 401")
    void loginInput() {
        assertThat(post("/login", "name=hana&password=x", null, "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(post("/login", "name=" + "a".repeat(20_000), null, null).statusCode()).isEqualTo(413);
        assertThat(hq.send(HttpRequest.newBuilder(hq.uri().resolve("/login")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode())
                .isEqualTo(415);
        assertThat(post("/login", "name=hana&password=%E0%A4%A", null, null).statusCode()).isEqualTo(400);
        assertThat(login("hana'; DROP TABLE users; --", "x").statusCode()).isEqualTo(401);
        assertThat(hq.scalar("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    @DisplayName("logout without the session's CSRF token, or from another site, is 403 and the session lives on")
    void logoutNeedsCsrf() {
        assertThat(post("/logout", "csrf=forged", cookie, null).statusCode()).isEqualTo(403);
        assertThat(post("/logout", "", cookie, "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @DisplayName("figures, search and export with bad parameters are 400 pages")
    @ValueSource(strings = {"/?from=2026-13-01", "/?from=2026-03-02&to=2026-03-01", "/?from=2025-01-01&to=2026-12-31",
            "/payments?amount=12abc", "/payments?from=yesterday", "/export.csv?from=2026-02-30",
            "/export.csv?from=2026-03-02&to=2026-03-01"})
    void badParameters(String path) {
        assertThat(get(path).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("SQL metacharacters in search parameters are just text: no match, no error")
    void metacharacters() {
        HttpResponse<String> r = get("/payments?id=%27%20OR%20%271%27%3D%271&amount=");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"none\"").contains("&#39; OR &#39;1&#39;=&#39;1");
    }

    @Test
    @DisplayName("pages without a session redirect to the login; unknown paths are 404, wrong methods 405")
    void routing() {
        HttpResponse<String> r = hq.send(HttpRequest.newBuilder(hq.uri().resolve("/export.csv")).GET().build());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/login");
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
        assertThat(hq.send(HttpRequest.newBuilder(hq.uri().resolve("/payments")).DELETE().build()).statusCode())
                .isEqualTo(405);
    }

    @Test
    @DisplayName("pages carry a strict Content-Security-Policy and no-store")
    void headers() {
        HttpResponse<String> r = get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    }
}
