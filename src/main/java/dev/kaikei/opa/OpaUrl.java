package dev.kaikei.opa;

import java.io.ByteArrayOutputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One request URL: the base URL, percent-encoded path segments and query parameters. Keeps the encoded path apart,
 * because the signature covers the path without the query (paypay-api.md §2).
 */
final class OpaUrl {

    private final Base base;
    private final String path;
    private final String query;

    private OpaUrl(Base base, String path, String query) {
        this.base = base;
        this.path = path;
        this.query = query;
    }

    /**
     * The parsed base URL, made once per client: parsing a URL per call was a fifth of a poll's own CPU time.
     * {@code baseUrl} is already validated and normalised (http or https, no trailing slash) by the config.
     */
    record Base(String scheme, String host, int port, String path) {

        static Base parse(String baseUrl) {
            URI uri = URI.create(baseUrl);
            String basePath = uri.getRawPath() == null ? "" : uri.getRawPath();
            return new Base(uri.getScheme(), uri.getHost(), uri.getPort(),
                    basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath);
        }

        Builder newUrl() {
            return new Builder(this);
        }

        @Override
        public String toString() {
            // URI keeps an IPv6 host in its brackets, as a URL needs it.
            return scheme + "://" + host + (port < 0 ? "" : ":" + port);
        }
    }

    static Builder on(String baseUrl) {
        return Base.parse(baseUrl).newUrl();
    }

    /** The encoded path as sent, including any path the base URL carries; what the signature covers. */
    String encodedPath() {
        return path;
    }

    URL toUrl() {
        try {
            return new URL(base.scheme(), base.host(), base.port(), query.isEmpty() ? path : path + "?" + query);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("not a URL: " + this, e);
        }
    }

    @Override
    public String toString() {
        return query.isEmpty() ? base + path : base + path + "?" + query;
    }

    static final class Builder {
        private final Base base;
        private final StringBuilder path = new StringBuilder();
        private final StringBuilder query = new StringBuilder();

        private Builder(Base base) {
            this.base = base;
            path.append(base.path());
        }

        /** Appends slash-separated segments, each encoded. */
        Builder segments(String slashSeparated) {
            for (String s : slashSeparated.split("/")) {
                segment(s);
            }
            return this;
        }

        Builder segment(String segment) {
            path.append('/').append(encode(segment));
            return this;
        }

        Builder query(String name, String value) {
            query.append(query.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
            return this;
        }

        OpaUrl build() {
            return new OpaUrl(base, path.length() == 0 ? "/" : path.toString(), query.toString());
        }
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters, so a value can never change the URL. */
    static String encode(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = unreserved(s.charAt(i));
        }
        if (plain) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && unreserved((char) b)) {
                out.write(b);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
                out.write(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
