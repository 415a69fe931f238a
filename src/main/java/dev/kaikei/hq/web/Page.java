package dev.kaikei.hq.web;

import dev.kaikei.hq.people.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The frame every back-office page shares: head (phone viewport), navigation, language switch, logout form. */
final class Page {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Page() {
    }

    /** The whole page around {@code body}; {@code session} empty on the login page. */
    static String render(Lang lang, String title, String current, Optional<Session> session, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"").text(lang.code()).raw("\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" – ").text(lang.t("app.title")).raw("</title>")
                .raw("<link rel=\"stylesheet\" href=\"/hq.css\"></head><body><header>")
                .raw("<span class=\"brand\">").text(lang.t("app.title")).raw("</span>");
        if (session.isPresent()) {
            nav(h, lang, "figures", "/", current);
            nav(h, lang, "payments", "/payments", current);
            nav(h, lang, "unresolved", "/unresolved", current);
        }
        h.raw("<a id=\"lang\" href=\"/lang?to=").text(lang.other().code()).raw("\">").text(lang.t("nav.language"))
                .raw("</a>");
        session.ifPresent(s -> h.raw("<span class=\"muted\">").text(s.user().name()).raw("</span>")
                .raw("<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"")
                .text(s.csrf()).raw("\"><button id=\"logout\" type=\"submit\">").text(lang.t("nav.logout"))
                .raw("</button></form>"));
        h.raw("</header><main>").raw(body).raw("</main></body></html>");
        return h.toString();
    }

    private static void nav(Html h, Lang lang, String key, String href, String current) {
        h.raw("<a id=\"nav-").text(key).raw("\" href=\"").text(href).raw("\"")
                .raw(key.equals(current) ? " class=\"current\">" : ">").text(lang.t("nav." + key)).raw("</a>");
    }

    static String yen(long yen) {
        return String.format("¥%,d", yen);
    }

    /** A time on the shop's clock: just HH:mm when it is today. */
    static String time(Instant instant, LocalDate today) {
        var local = instant.atZone(BUSINESS_ZONE);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE_TIME.format(local);
    }
}
