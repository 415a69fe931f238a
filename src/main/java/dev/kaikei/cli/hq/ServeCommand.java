package dev.kaikei.cli.hq;

import dev.kaikei.hq.server.HqServer;
import dev.kaikei.hq.server.ServerOptions;
import dev.kaikei.hq.server.TlsKeystore;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaikei hq serve}: runs the back office until stopped (Ctrl-C / SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the back office: the sync API for tills, the JSON API and the web dashboard at /.",
            "Stateless: any number can run behind a load balancer on one PostgreSQL.",
            "HTTPS with --tls-keystore (password from env KAIKEI_HQ_TLS_PASSWORD), or plain HTTP behind a TLS"
                    + " reverse proxy (--behind-proxy marks cookies Secure)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Stopped.", HqRun.L_CODES_2, HqRun.L_CODES_4})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DbOptions db;
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port, printed).")
    int port;
    @Option(names = "--bind", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 127.0.0.1 behind a local proxy).")
    String bind;
    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "PKCS#12 keystore with the certificate.")
    Path keystore;
    @Option(names = "--behind-proxy", description = "A reverse proxy terminates TLS in front of this server.")
    boolean behindProxy;
    @Option(names = "--silent-after", defaultValue = "15", paramLabel = "MINUTES",
            description = "Flag a till that has not synced for this long (default: ${DEFAULT-VALUE}).")
    int silentMinutes;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || silentMinutes < 1 || silentMinutes > 7 * 24 * 60) {
            err.println("--port must be 0-65535 and --silent-after 1-10080 minutes");
            return HqRun.USAGE;
        }
        Optional<TlsKeystore> tls = Optional.empty();
        if (keystore != null) {
            if (!Files.isReadable(keystore)) {
                err.println("--tls-keystore " + keystore + " cannot be read");
                return HqRun.USAGE;
            }
            String password = System.getenv(TlsKeystore.PASSWORD_ENV);
            tls = Optional.of(new TlsKeystore(keystore, password == null ? new char[0] : password.toCharArray()));
        }
        ServerOptions options = new ServerOptions(new InetSocketAddress(bind, port), tls, behindProxy,
                Duration.ofMinutes(silentMinutes), 16);
        return HqRun.withDatabase(db, err, database -> {
            CountDownLatch stopped = new CountDownLatch(1);
            try (HqServer server = HqServer.start(database, options, Clock.systemUTC())) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }, "kaikei-hq-stop"));
                spec.commandLine().getOut().println("Kaikei HQ listening on " + server.uri()
                        + " (database " + db.resolve().safeUrl() + ")");
                spec.commandLine().getOut().flush();
                stopped.await();
            }
            return HqRun.OK;
        });
    }
}
