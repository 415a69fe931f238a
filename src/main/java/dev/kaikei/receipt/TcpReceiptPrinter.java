package dev.kaikei.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

/**
 * An ESC/POS printer on the network (raw TCP, usually port 9100). Before sending, it asks the printer's real-time
 * status ({@code DLE EOT}): an empty roll or an open cover is reported at once instead of the receipt vanishing into a
 * printer that cannot print it. A printer that does not answer the status request still gets the receipt.
 */
public final class TcpReceiptPrinter implements ReceiptPrinter {

    public static final int DEFAULT_PORT = 9100;
    /** How long a printer may take to answer a status request before it counts as one without status support. */
    private static final Duration STATUS_TIMEOUT = Duration.ofMillis(800);

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration ioTimeout;

    public TcpReceiptPrinter(String host, int port, Duration connectTimeout, Duration ioTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.ioTimeout = ioTimeout;
    }

    /** A printer at {@code host:port} ({@code host} alone means port 9100) with the timeouts of a shop counter. */
    public static TcpReceiptPrinter at(String address) {
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        int port = colon < 0 ? DEFAULT_PORT : Integer.parseInt(address.substring(colon + 1));
        return new TcpReceiptPrinter(host, port, Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Override
    public void send(byte[] escPos) throws PrinterException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) ioTimeout.toMillis());
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            socket.setSoTimeout((int) STATUS_TIMEOUT.toMillis());
            checkStatus(out, in);
            socket.setSoTimeout((int) ioTimeout.toMillis());
            out.write(escPos);
            out.flush();
            // Close our side and give the printer a moment to close its own: then it has read everything.
            socket.shutdownOutput();
            socket.setSoTimeout((int) STATUS_TIMEOUT.toMillis());
            drain(in);
        } catch (UnknownHostException e) {
            throw new PrinterException(PrinterProblem.UNREACHABLE, "The receipt printer's address " + host
                    + " is unknown (printer.address)", e);
        } catch (ConnectException | NoRouteToHostException e) {
            throw new PrinterException(PrinterProblem.UNREACHABLE, "The receipt printer at " + description()
                    + " does not answer: is it switched on and on the network?", e);
        } catch (SocketTimeoutException e) {
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "The receipt printer at " + description()
                    + " stopped responding", e);
        } catch (IOException e) {
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "The receipt printer at " + description()
                    + " broke off the connection (" + e.getMessage() + ")", e);
        }
    }

    /** Reads the paper sensor and the offline cause; throws for an empty roll or an open cover. */
    private void checkStatus(OutputStream out, InputStream in) throws IOException, PrinterException {
        Optional<Integer> paper = ask(out, in, 4);
        if (paper.isEmpty()) {
            return; // no status support: print anyway
        }
        if ((paper.get() & 0x60) != 0) {
            throw new PrinterException(PrinterProblem.OUT_OF_PAPER, "The receipt printer at " + description()
                    + " is out of paper");
        }
        Optional<Integer> offline = ask(out, in, 2);
        if (offline.isPresent() && (offline.get() & 0x04) != 0) {
            throw new PrinterException(PrinterProblem.COVER_OPEN, "The receipt printer's cover is open");
        }
        if (offline.isPresent() && (offline.get() & 0x40) != 0) {
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "The receipt printer at " + description()
                    + " reports an error: check it, then print again");
        }
    }

    /** DLE EOT n: one status byte, or empty if the printer does not answer within a moment. */
    private Optional<Integer> ask(OutputStream out, InputStream in, int n) throws IOException {
        out.write(new byte[] {EscPos.DLE, EscPos.EOT, (byte) n});
        out.flush();
        try {
            int b = in.read();
            return b < 0 ? Optional.empty() : Optional.of(b);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // status bytes a printer may send on its own; nothing to do with them
            }
        } catch (SocketTimeoutException e) {
            // Some printers keep the connection open: everything was written, so the receipt is on its way.
        }
    }

    @Override
    public String description() {
        return host + ":" + port;
    }
}
