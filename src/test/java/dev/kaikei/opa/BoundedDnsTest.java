package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("host name lookups are bounded")
class BoundedDnsTest {

    @Test
    @DisplayName("a DNS server that never answers gives 'unknown host' after the limit instead of blocking the call")
    void deadServer() {
        CountDownLatch never = new CountDownLatch(1);
        BoundedDns dns = new BoundedDns(Duration.ofMillis(200), host -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        });
        try {
            assertThatThrownBy(() -> dns.lookup("api.paypay.example")).isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("no DNS answer within 200 ms");
        } finally {
            dns.close();
        }
    }

    @Test
    @DisplayName("answers and failures of the resolver pass through; literal addresses never wait for a thread")
    void passesThrough() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        BoundedDns dns = new BoundedDns(Duration.ofSeconds(5), host -> {
            if (host.equals("nowhere.example")) {
                throw new UnknownHostException("nowhere.example");
            }
            return List.of(loopback);
        });
        try {
            assertThat(dns.lookup("api.paypay.example")).containsExactly(loopback);
            assertThat(dns.lookup("127.0.0.1")).containsExactly(loopback);
            assertThatThrownBy(() -> dns.lookup("nowhere.example")).isInstanceOf(UnknownHostException.class)
                    .hasMessage("nowhere.example");
        } finally {
            dns.close();
        }
    }
}
