package dev.kaikei.hq.web;

import dev.kaikei.hq.figures.PaymentQuery;
import dev.kaikei.hq.figures.PaymentRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Payments search across the business, and the unresolved list (the same table). */
final class PaymentsPage {

    private PaymentsPage() {
    }

    static String search(Lang lang, PaymentQuery q, String rawAmount, List<PaymentRow> rows, Instant now,
                         String error) {
        Html h = new Html();
        h.raw("<h1>").text(lang.t("payments.title")).raw("</h1>")
                .raw("<form class=\"filters\" method=\"get\" action=\"/payments\">")
                .raw("<label>").text(lang.t("payments.id")).raw("<input id=\"q-id\" name=\"id\" value=\"")
                .text(q.id().orElse("")).raw("\" maxlength=\"64\"></label>")
                .raw("<label>").text(lang.t("payments.amount"))
                .raw("<input id=\"q-amount\" name=\"amount\" inputmode=\"numeric\" value=\"").text(rawAmount)
                .raw("\"></label>")
                .raw("<label>").text(lang.t("figures.from")).raw("<input type=\"date\" id=\"q-from\" name=\"from\" ")
                .raw("value=\"").text(q.from().map(LocalDate::toString).orElse("")).raw("\"></label>")
                .raw("<label>").text(lang.t("figures.to")).raw("<input type=\"date\" id=\"q-to\" name=\"to\" ")
                .raw("value=\"").text(q.to().map(LocalDate::toString).orElse("")).raw("\"></label>")
                .raw("<button class=\"primary\" id=\"search\" type=\"submit\">").text(lang.t("payments.search"))
                .raw("</button></form>");
        if (error != null) {
            h.raw("<p class=\"error\">").text(error).raw("</p>");
        }
        table(h, lang, rows, now, "payments.none");
        h.raw("<div class=\"pager\">");
        if (q.page() > 0) {
            h.raw("<a id=\"previous\" href=\"").text(pageLink(q, rawAmount, q.page() - 1)).raw("\">")
                    .text(lang.t("payments.previous")).raw("</a>");
        }
        if (rows.size() == PaymentQuery.PAGE_SIZE && q.page() < PaymentQuery.MAX_PAGE) {
            h.raw("<a id=\"next\" href=\"").text(pageLink(q, rawAmount, q.page() + 1)).raw("\">")
                    .text(lang.t("payments.next")).raw("</a>");
        }
        h.raw("</div>");
        return h.toString();
    }

    static String unresolved(Lang lang, List<PaymentRow> rows, Instant now) {
        Html h = new Html();
        h.raw("<h1>").text(lang.t("unresolved.title")).raw("</h1>");
        table(h, lang, rows, now, "unresolved.none");
        return h.toString();
    }

    private static String pageLink(PaymentQuery q, String rawAmount, int page) {
        StringBuilder b = new StringBuilder("/payments?page=").append(page);
        q.id().ifPresent(v -> b.append("&id=").append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        if (!rawAmount.isEmpty()) {
            b.append("&amount=").append(URLEncoder.encode(rawAmount, StandardCharsets.UTF_8));
        }
        q.from().ifPresent(v -> b.append("&from=").append(v));
        q.to().ifPresent(v -> b.append("&to=").append(v));
        return b.toString();
    }

    private static void table(Html h, Lang lang, List<PaymentRow> rows, Instant now, String noneKey) {
        if (rows.isEmpty()) {
            h.raw("<p class=\"muted\" id=\"none\">").text(lang.t(noneKey)).raw("</p>");
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, Page.BUSINESS_ZONE);
        h.raw("<div class=\"scroll\"><table id=\"results\"><thead><tr>");
        for (String key : new String[] {"payments.time", "figures.store", "figures.terminal", "payments.id"}) {
            h.raw("<th>").text(lang.t(key)).raw("</th>");
        }
        h.raw("<th class=\"num\">").text(lang.t("payments.amount")).raw("</th><th>").text(lang.t("payments.state"))
                .raw("</th><th>").text(lang.t("payments.description")).raw("</th></tr></thead><tbody>");
        for (PaymentRow r : rows) {
            h.raw("<tr class=\"payment\" data-id=\"").text(r.merchantPaymentId()).raw("\"><td>")
                    .text(Page.time(r.createdAt(), today)).raw("</td><td>").text(r.storeId()).raw("</td><td>")
                    .text(r.terminalId()).raw("</td><td>").text(r.merchantPaymentId());
            if (r.paypayPaymentId() != null) {
                h.raw("<br><span class=\"muted\">").text(r.paypayPaymentId()).raw("</span>");
            }
            h.raw("</td><td class=\"num\">").text(Page.yen(r.amount())).raw("</td><td>")
                    .text(lang.label("state.", r.state().name()));
            if (r.attention() != null) {
                h.raw(" <span class=\"flag\" title=\"").text(r.attention()).raw("\">")
                        .text(lang.t("payments.attention")).raw("</span>");
            }
            h.raw("</td><td>").text(r.description()).raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
    }
}
