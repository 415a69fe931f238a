package dev.kaikei.simulator;

/** The customer-facing HTML pages of the simulator: paying a code and approving an account link in a browser. */
final class Pages {

    private Pages() {
    }

    static String payPage(String storeName, CustomerAction.CodeView code) {
        String state;
        boolean open = false;
        if (code.deleted()) {
            state = "This code was cancelled by the shop.";
        } else if (code.status() != PaymentStatus.CREATED) {
            state = "This code has already been used (" + code.status() + ").";
        } else if (code.expired()) {
            state = "This code has expired.";
        } else {
            state = "Expires in " + code.secondsLeft() + " s.";
            open = true;
        }
        String action = "/simulator/codes/" + escape(code.codeId());
        String buttons = open ? "<form method='post' action='" + action + "/pay'><button class='pay'>Pay ¥"
                + String.format("%,d", code.amount()) + "</button></form>"
                + "<form method='post' action='" + action + "/decline'><button>Decline</button></form>" : "";
        return page("PayPay simulator — pay", "<h1>" + escape(storeName) + "</h1>"
                + "<p class='amount'>¥" + String.format("%,d", code.amount()) + "</p>"
                + (code.orderDescription() == null ? "" : "<p>" + escape(code.orderDescription()) + "</p>")
                + "<p class='state'>" + escape(state) + "</p>" + buttons);
    }

    static String payResult(CustomerAction.Result result) {
        String text = result.status() == PaymentStatus.FAILED ? "Payment declined." : "Paid. Thank you!";
        return page("PayPay simulator — done", "<h1>" + escape(text) + "</h1><p>Status: " + result.status() + "</p>");
    }

    static String linkPage(String storeName, String sessionId, boolean open) {
        String action = "/simulator/link/" + escape(sessionId);
        String body = open
                ? "<p>Link your PayPay account to " + escape(storeName) + "?</p>"
                  + "<form method='post' action='" + action + "/approve'><button class='pay'>Approve</button></form>"
                  + "<form method='post' action='" + action + "/decline'><button>Decline</button></form>"
                : "<p>This link request is unknown or was already answered.</p>";
        return page("PayPay simulator — account link", "<h1>PayPay account link</h1>" + body);
    }

    /** Where the browser lands after an approved or declined link: the token to paste into Kaikei's Customers. */
    static String linkReturnPage(String responseToken) {
        if (responseToken.isBlank()) {
            return message("PayPay account link", "No responseToken came with this page.");
        }
        return page("PayPay simulator — linked", "<h1>PayPay account link answered</h1>"
                + "<p>Paste this token (or this page's address) into Kaikei: Customers, <i>Complete link</i>.</p>"
                + "<textarea id='token' readonly rows='6' style='width:100%'>" + escape(responseToken)
                + "</textarea>");
    }

    static String message(String title, String text) {
        return page(title, "<h1>" + escape(title) + "</h1><p>" + escape(text) + "</p>");
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang='en'><head><meta charset='UTF-8'>"
                + "<meta name='viewport' content='width=device-width,initial-scale=1'><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:28em;margin:2em auto;text-align:center}"
                + ".amount{font-size:2.5em;font-weight:bold}button{font-size:1.3em;padding:.6em 2em;margin:.4em;"
                + "border-radius:.4em;border:1px solid #999}.pay{background:#ff0033;color:#fff;border:none}"
                + "</style></head><body>" + content + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
