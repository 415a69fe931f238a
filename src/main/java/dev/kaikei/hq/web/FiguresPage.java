package dev.kaikei.hq.web;

import dev.kaikei.hq.figures.Figures;
import dev.kaikei.hq.figures.PeriodFigures;
import dev.kaikei.hq.figures.RateFigures;
import dev.kaikei.hq.figures.StoreFigures;
import dev.kaikei.hq.figures.TenderFigures;
import dev.kaikei.hq.figures.TerminalFigures;
import dev.kaikei.hq.figures.TillClose;
import dev.kaikei.hq.figures.Totals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The dashboard: a day's or range's totals, per store and till (silent tills flagged), by tender and tax rate, and the
 * tills' closes.
 */
final class FiguresPage {

    private FiguresPage() {
    }

    static String body(Lang lang, PeriodFigures f, Instant now, Duration silentAfter, String error) {
        LocalDate today = LocalDate.ofInstant(now, Page.BUSINESS_ZONE);
        Html h = new Html();
        h.raw("<h1>").text(lang.t("figures.title")).raw("</h1>");
        h.raw("<form class=\"filters\" method=\"get\" action=\"/\">")
                .raw("<label>").text(lang.t("figures.from"))
                .raw("<input type=\"date\" id=\"from\" name=\"from\" value=\"").text(f.from()).raw("\"></label>")
                .raw("<label>").text(lang.t("figures.to"))
                .raw("<input type=\"date\" id=\"to\" name=\"to\" value=\"").text(f.to()).raw("\"></label>")
                .raw("<button class=\"primary\" id=\"show\" type=\"submit\">").text(lang.t("figures.show"))
                .raw("</button><a class=\"button\" id=\"export\" href=\"/export.csv?from=").text(f.from())
                .raw("&amp;to=").text(f.to()).raw("\">").text(lang.t("figures.export")).raw("</a></form>");
        if (error != null) {
            h.raw("<p class=\"error\">").text(error).raw("</p>");
        }
        Totals all = f.totals();
        h.raw("<div class=\"cards\">");
        card(h, "net", lang.t("figures.net"), Page.yen(all.netYen()));
        card(h, "sales", lang.t("figures.sales"), Page.yen(all.salesYen()));
        card(h, "count", lang.t("figures.salesCount"), String.format("%,d", all.salesCount()));
        card(h, "refunds", lang.t("figures.refunds"), Page.yen(all.refundsYen()));
        card(h, "cancels", lang.t("figures.cancels"), Page.yen(all.cancelsYen()));
        card(h, "unresolved", lang.t("figures.unresolved"), String.format("%,d", all.unresolved()));
        h.raw("</div>");

        h.raw("<h2>").text(lang.t("figures.byTerminal")).raw("</h2>");
        if (f.stores().isEmpty()) {
            h.raw("<p class=\"muted\">").text(lang.t("figures.noTerminals")).raw("</p>");
        } else {
            h.raw("<div class=\"scroll\"><table id=\"terminals\"><thead><tr><th>").text(lang.t("figures.store"))
                    .raw(" / ").text(lang.t("figures.terminal")).raw("</th>");
            for (String key : new String[] {"salesCount", "sales", "refunds", "cancels", "net", "unresolved"}) {
                h.raw("<th class=\"num\">").text(lang.t("figures." + key)).raw("</th>");
            }
            h.raw("<th>").text(lang.t("figures.lastSync")).raw("</th></tr></thead><tbody>");
            for (StoreFigures s : f.stores()) {
                h.raw("<tr class=\"store\" data-store=\"").text(s.storeId()).raw("\"><td>").text(s.storeId())
                        .raw("</td>");
                numbers(h, s.totals());
                h.raw("<td></td></tr>");
                for (TerminalFigures t : s.terminals()) {
                    h.raw("<tr class=\"terminal\" data-store=\"").text(s.storeId()).raw("\" data-terminal=\"")
                            .text(t.terminalId()).raw("\"><td>&nbsp;&nbsp;").text(t.terminalId()).raw("</td>");
                    numbers(h, t.totals());
                    h.raw("<td class=\"sync\">");
                    if (t.lastSyncAt().isEmpty()) {
                        h.raw("<span class=\"flag\">").text(lang.t("figures.never")).raw("</span>");
                    } else {
                        h.text(Page.time(t.lastSyncAt().get(), today));
                        if (t.lastSyncAt().get().isBefore(now.minus(silentAfter))) {
                            h.raw(" <span class=\"flag\">").text(lang.t("figures.silent")).raw("</span>");
                        }
                    }
                    h.raw("</td></tr>");
                }
            }
            h.raw("</tbody></table></div>");
        }

        h.raw("<h2>").text(lang.t("figures.byTender")).raw("</h2><div class=\"scroll\"><table id=\"tenders\">")
                .raw("<thead><tr><th>").text(lang.t("figures.tender")).raw("</th><th class=\"num\">")
                .text(lang.t("figures.salesCount")).raw("</th><th class=\"num\">").text(lang.t("figures.sales"))
                .raw("</th></tr></thead><tbody>");
        for (TenderFigures t : f.tenders()) {
            h.raw("<tr><td>").text(tenderName(lang, t.tender())).raw("</td><td class=\"num\">")
                    .text(String.format("%,d", t.salesCount())).raw("</td><td class=\"num\">")
                    .text(Page.yen(t.salesYen())).raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");

        h.raw("<h2>").text(lang.t("figures.byRate")).raw("</h2>");
        if (f.rates().isEmpty()) {
            h.raw("<p class=\"muted\" id=\"no-rates\">").text(lang.t("figures.noRates")).raw("</p>");
        } else {
            h.raw("<div class=\"scroll\"><table id=\"rates\"><thead><tr><th>").text(lang.t("figures.rate"))
                    .raw("</th>");
            for (String key : new String[] {"saleCount", "gross", "netOfTax", "tax"}) {
                h.raw("<th class=\"num\">").text(lang.t("figures." + key)).raw("</th>");
            }
            h.raw("</tr></thead><tbody>");
            for (RateFigures r : f.rates()) {
                h.raw("<tr data-rate=\"").text(r.taxRate()).raw("\"><td>").text(r.taxRate() + " %")
                        .raw("</td><td class=\"num\">").text(String.format("%,d", r.salesCount()))
                        .raw("</td><td class=\"num\">").text(Page.yen(r.gross()))
                        .raw("</td><td class=\"num\">").text(Page.yen(r.net()))
                        .raw("</td><td class=\"num\">").text(Page.yen(r.tax())).raw("</td></tr>");
            }
            h.raw("</tbody></table></div><p class=\"muted\">").text(lang.t("figures.ratesNote")).raw("</p>");
        }
        closes(h, lang, f);
        return h.toString();
    }

    /** The tills' sessions: open, or closed with their Z number and the drawer's over / short. */
    private static void closes(Html h, Lang lang, PeriodFigures f) {
        h.raw("<h2>").text(lang.t("closes.title")).raw("</h2>");
        if (f.closes().isEmpty()) {
            h.raw("<p class=\"muted\" id=\"no-closes\">").text(lang.t("closes.none")).raw("</p>");
            return;
        }
        h.raw("<div class=\"scroll\"><table id=\"closes\"><thead><tr><th>").text(lang.t("figures.store"))
                .raw(" / ").text(lang.t("figures.terminal")).raw("</th><th>").text(lang.t("closes.day"))
                .raw("</th><th>").text(lang.t("closes.state")).raw("</th>");
        for (String key : new String[] {"counted", "expected", "overShort"}) {
            h.raw("<th class=\"num\">").text(lang.t("closes." + key)).raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for (TillClose c : f.closes()) {
            h.raw("<tr><td>").text(c.storeId()).raw(" / ").text(c.terminalId()).raw("</td><td>")
                    .text(c.businessDay()).raw("</td><td>");
            if (c.zNumber() != null) {
                h.text(lang.t("closes.closed") + " Z" + c.zNumber());
            } else {
                h.text(lang.t("closes." + c.state().name()));
            }
            Long overShort = c.overShort();
            h.raw("</td><td class=\"num\">").text(c.countedCash() == null ? "" : Page.yen(c.countedCash()))
                    .raw("</td><td class=\"num\">").text(c.expectedCash() == null ? "" : Page.yen(c.expectedCash()))
                    .raw("</td><td class=\"num").raw(overShort != null && overShort != 0 ? " flagged" : "")
                    .raw("\">").text(overShort == null ? "" : (overShort > 0 ? "+" : overShort < 0 ? "-" : "")
                            + Page.yen(Math.abs(overShort)))
                    .raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
        if (f.closes().size() == Figures.MAX_CLOSES) {
            h.raw("<p class=\"muted\">").text(lang.t("closes.more")).raw("</p>");
        }
    }

    private static String tenderName(Lang lang, String tender) {
        return lang.label("tender.", tender);
    }

    private static void card(Html h, String id, String label, String value) {
        h.raw("<div class=\"card\"><div class=\"label\">").text(label).raw("</div><div class=\"value\" id=\"total-")
                .text(id).raw("\">").text(value).raw("</div></div>");
    }

    private static void numbers(Html h, Totals t) {
        h.raw("<td class=\"num\">").text(String.format("%,d", t.salesCount())).raw("</td>")
                .raw("<td class=\"num\">").text(Page.yen(t.salesYen())).raw("</td>")
                .raw("<td class=\"num\">").text(Page.yen(t.refundsYen())).raw("</td>")
                .raw("<td class=\"num\">").text(Page.yen(t.cancelsYen())).raw("</td>")
                .raw("<td class=\"num net\">").text(Page.yen(t.netYen())).raw("</td>")
                .raw("<td class=\"num\">").text(String.format("%,d", t.unresolved())).raw("</td>");
    }
}
