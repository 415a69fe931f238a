package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.testing.VirtualPrinter;
import dev.kaikei.testing.VirtualPrinter.Condition;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Receipt printers that cannot print say why, quickly")
class ReceiptPrinterTest {

    private static final byte[] RECEIPT = {0x1B, '@', 'A', 0x0A};

    @Test
    @DisplayName("a network printer that is off: unreachable")
    void off() throws Exception {
        // A port taken by a socket that does not listen: connections are refused, and no other server can take it.
        try (Socket off = new Socket()) {
            off.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            TcpReceiptPrinter printer = new TcpReceiptPrinter("127.0.0.1", off.getLocalPort(), Duration.ofSeconds(1),
                    Duration.ofSeconds(1));
            assertThatThrownBy(() -> printer.send(RECEIPT)).isInstanceOf(PrinterException.class)
                    .hasMessageContaining("does not answer: is it switched on")
                    .extracting(e -> ((PrinterException) e).problem()).isEqualTo(PrinterProblem.UNREACHABLE);
        }
    }

    @Test
    @DisplayName("out of paper or cover open: refused before the receipt is sent")
    void paperAndCover() {
        try (VirtualPrinter v = VirtualPrinter.start()) {
            TcpReceiptPrinter printer = TcpReceiptPrinter.at(v.address());
            v.setCondition(Condition.OUT_OF_PAPER);
            assertThatThrownBy(() -> printer.send(RECEIPT)).hasMessageContaining("out of paper")
                    .extracting(e -> ((PrinterException) e).problem()).isEqualTo(PrinterProblem.OUT_OF_PAPER);
            v.setCondition(Condition.COVER_OPEN);
            assertThatThrownBy(() -> printer.send(RECEIPT)).hasMessageContaining("cover is open");
            org.awaitility.Awaitility.await().until(() -> v.jobs().size() == 2);
            assertThat(v.jobs()).allSatisfy(job -> assertThat(job).doesNotContain((byte) 'A'));
        }
    }

    @Test
    @DisplayName("a printer without status support still gets the receipt")
    void silent() throws Exception {
        try (VirtualPrinter v = VirtualPrinter.start()) {
            v.setCondition(Condition.SILENT);
            TcpReceiptPrinter.at(v.address()).send(RECEIPT);
            org.awaitility.Awaitility.await().until(() -> v.jobs().size() == 1);
            assertThat(v.jobs().get(0)).endsWith(RECEIPT);
        }
    }

    @Test
    @DisplayName("a device file receives the bytes; a missing one is unreachable")
    void device(@TempDir Path dir) throws Exception {
        Path lp0 = Files.createFile(dir.resolve("lp0"));
        new DeviceReceiptPrinter(lp0, Duration.ofSeconds(2)).send(RECEIPT);
        assertThat(Files.readAllBytes(lp0)).isEqualTo(RECEIPT);
        assertThatThrownBy(() -> new DeviceReceiptPrinter(dir.resolve("lp9"), Duration.ofSeconds(2)).send(RECEIPT))
                .hasMessageContaining("is not there: is it plugged in")
                .extracting(e -> ((PrinterException) e).problem()).isEqualTo(PrinterProblem.UNREACHABLE);
    }
}
