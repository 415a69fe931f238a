package dev.kaikei.hq.web;

/** The login form; the only page shown without a session. */
final class LoginPage {

    private LoginPage() {
    }

    static String body(Lang lang, String name, String error) {
        Html h = new Html();
        h.raw("<div class=\"login\"><h1>").text(lang.t("login.title")).raw("</h1>");
        if (error != null) {
            h.raw("<p class=\"error\" id=\"login-error\">").text(error).raw("</p>");
        }
        h.raw("<form method=\"post\" action=\"/login\">")
                .raw("<label>").text(lang.t("login.name"))
                .raw("<input id=\"name\" name=\"name\" autocomplete=\"username\" required value=\"").text(name)
                .raw("\"></label><label>").text(lang.t("login.password"))
                .raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" ")
                .raw("required></label><button class=\"primary\" id=\"login\" type=\"submit\">")
                .text(lang.t("login.submit")).raw("</button></form></div>");
        return h.toString();
    }
}
