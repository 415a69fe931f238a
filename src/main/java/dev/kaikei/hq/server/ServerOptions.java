package dev.kaikei.hq.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code kaikei hq serve} listens.
 *
 * @param address     where to listen
 * @param tls         HTTPS with this keystore; empty for plain HTTP (behind a TLS-terminating reverse proxy)
 * @param behindProxy the reverse proxy speaks HTTPS to browsers: cookies are marked Secure although HQ sees HTTP
 * @param silentAfter a till that has not pushed for this long is flagged on the dashboard
 * @param threads     request threads (each holds at most one database connection)
 */
public record ServerOptions(InetSocketAddress address, Optional<TlsKeystore> tls, boolean behindProxy,
                            Duration silentAfter, int threads) {

    public static ServerOptions plain(InetSocketAddress address) {
        return new ServerOptions(address, Optional.empty(), false, Duration.ofMinutes(15), 16);
    }

    boolean secureCookies() {
        return tls.isPresent() || behindProxy;
    }
}
