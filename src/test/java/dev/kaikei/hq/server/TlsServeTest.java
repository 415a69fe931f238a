package dev.kaikei.hq.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.hq.HqDatabase;
import dev.kaikei.hq.HqException;
import dev.kaikei.hq.SharedPostgres;
import dev.kaikei.hq.people.Role;
import dev.kaikei.hq.people.Users;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kaikei hq serve with a TLS keystore")
class TlsServeTest {

    private static final char[] STORE_PASSWORD = "keystore password".toCharArray();

    @TempDir
    Path dir;

    /** A self-signed certificate for 127.0.0.1, made by the JDK's own keytool as an operator would. */
    private Path keystore() throws Exception {
        Path file = dir.resolve("hq.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass",
                new String(STORE_PASSWORD), "-alias", "hq", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return file;
    }

    /** A client that trusts exactly that certificate. */
    private static HttpClient trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    @DisplayName("serves HTTPS only, and its login cookie is Secure as well as HttpOnly and SameSite=Strict")
    void secureCookie() throws Exception {
        Path keystore = keystore();
        ServerOptions options = new ServerOptions(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Optional.of(new TlsKeystore(keystore, STORE_PASSWORD)), false, Duration.ofMinutes(15), 4);
        try (HqDatabase db = HqDatabase.open(SharedPostgres.newDatabase(), 4);
             HqServer server = HqServer.start(db, options, Clock.systemUTC())) {
            new Users(db.dataSource(), Clock.systemUTC()).add("hana", Role.OWNER, Optional.empty(),
                    "correct horse battery".toCharArray());
            assertThat(server.uri().getScheme()).isEqualTo("https");

            HttpResponse<String> login = trusting(keystore).send(HttpRequest.newBuilder(server.uri().resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=hana&password=correct+horse+battery")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                    .contains("Secure", "HttpOnly", "SameSite=Strict");
            // Plain HTTP to the TLS port gets no page.
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri().resolve("/login").toString().replace("https:", "http:")
                            .transform(URI::create)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        }
    }

    @Test
    @DisplayName("a wrong keystore password is one clear message naming the variable")
    void wrongPassword() throws Exception {
        Path keystore = keystore();
        ServerOptions options = new ServerOptions(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Optional.of(new TlsKeystore(keystore, "wrong".toCharArray())), false, Duration.ofMinutes(15), 4);
        try (HqDatabase db = HqDatabase.open(SharedPostgres.newDatabase(), 2)) {
            assertThatThrownBy(() -> HqServer.start(db, options, Clock.systemUTC()).close())
                    .isInstanceOf(HqException.class).hasMessageContaining(TlsKeystore.PASSWORD_ENV)
                    .hasMessageNotContaining("wrong");
        }
    }
}
