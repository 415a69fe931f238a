package dev.kaikei.opa;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a {@link PayPayClient} needs: credentials, environment or base URL override, timeouts, 429 retry policy,
 * clock and nonce source. Build with {@link #builder(Credentials)}; PROD refuses a non-https base URL.
 */
public record OpaClientConfig(Credentials credentials, PayPayEnvironment environment, String baseUrl,
                              Timeouts timeouts, RetryPolicy retryPolicy, Clock clock, NonceSource nonceSource) {

    public OpaClientConfig {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(nonceSource, "nonceSource");
        baseUrl = normalise(baseUrl == null ? environment.baseUrl() : baseUrl);
        if (environment == PayPayEnvironment.PROD && !baseUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw new IllegalArgumentException("PROD requires an https:// base URL, got " + baseUrl);
        }
    }

    public static Builder builder(Credentials credentials) {
        return new Builder(credentials);
    }

    private static String normalise(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base URL is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("base URL must be http(s)://host[:port], got " + url);
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Fluent construction with production defaults (STAGING, §4.1 timeouts, default 429 retry, UTC system clock). */
    public static final class Builder {
        private final Credentials credentials;
        private PayPayEnvironment environment = PayPayEnvironment.STAGING;
        private String baseUrl;
        private Timeouts timeouts = Timeouts.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private NonceSource nonceSource = NonceSource.secureRandom();

        private Builder(Credentials credentials) {
            this.credentials = credentials;
        }

        public Builder environment(PayPayEnvironment environment) {
            this.environment = environment;
            return this;
        }

        /** Overrides the environment's host, e.g. {@code http://127.0.0.1:8080} for the simulator. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder nonceSource(NonceSource nonceSource) {
            this.nonceSource = nonceSource;
            return this;
        }

        public OpaClientConfig build() {
            return new OpaClientConfig(credentials, environment, baseUrl, timeouts, retryPolicy, clock, nonceSource);
        }
    }
}
