package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoDelaySslSocketFactoryTest {

    @Test
    @DisplayName("TLS layered over a connected socket sends without Nagle's delay, on both layers")
    void layeredSocketHasNoDelay() throws Exception {
        NoDelaySslSocketFactory factory = new NoDelaySslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault());
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket tls = factory.createSocket(plain, "127.0.0.1", server.getLocalPort(), true)) {
            assertThat(plain.getTcpNoDelay()).isTrue();
            assertThat(tls.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    @DisplayName("every HTTPS call to PayPay goes through it, one shared instance so kept-alive connections are reused")
    void httpsCallsUseIt() throws Exception {
        OpaTransport transport = new OpaTransport(OpaClientConfig.builder(
                Credentials.of("key", "c2VjcmV0", "merchant")).baseUrl("https://stg.example.jp").build(), d -> { });
        OpaUrl url = transport.url().segments("v2/codes/payments/M-1").build();
        HttpURLConnection first = transport.open(OpaOperation.GET_QR_PAYMENT_DETAILS, url, null);
        HttpURLConnection second = transport.open(OpaOperation.GET_QR_PAYMENT_DETAILS, url, null);
        assertThat(first).isInstanceOf(HttpsURLConnection.class);
        SSLSocketFactory used = ((HttpsURLConnection) first).getSSLSocketFactory();
        assertThat(used).isInstanceOf(NoDelaySslSocketFactory.class)
                .isSameAs(((HttpsURLConnection) second).getSSLSocketFactory());
    }
}
