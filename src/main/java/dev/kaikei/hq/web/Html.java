package dev.kaikei.hq.web;

/** Builds HTML text; every value from data or a request goes through {@link #text}, so nothing can inject markup. */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Appends trusted markup written in this package. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends a value escaped for element text and attribute values. */
    Html text(Object value) {
        out.append(escape(value == null ? "" : value.toString()));
        return this;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
