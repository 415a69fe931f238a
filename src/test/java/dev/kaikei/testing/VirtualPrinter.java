package dev.kaikei.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network receipt printer for tests: a TCP server on loopback that keeps every job's bytes (one job a connection)
 * and answers the real-time status requests ({@code DLE EOT n}) like an Epson TM printer, with paper or without.
 */
public final class VirtualPrinter implements AutoCloseable {

    /** What the printer answers when asked for its status. */
    public enum Condition {
        READY,
        OUT_OF_PAPER,
        COVER_OPEN,
        /** Never answers a status request (printers without status support). */
        SILENT
    }

    private final ServerSocket server;
    private final List<byte[]> jobs = new CopyOnWriteArrayList<>();
    private final List<Long> receivedAt = new CopyOnWriteArrayList<>();
    private volatile Condition condition = Condition.READY;
    private final Thread acceptor;
    /** Holds the port of a printer switched off, so that nothing else listens there meanwhile. */
    private volatile Socket placeholder;

    private VirtualPrinter() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "virtual-printer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static VirtualPrinter start() {
        try {
            return new VirtualPrinter();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 127.0.0.1:port}, as {@code printer.address} takes it. */
    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void setCondition(Condition c) {
        condition = c;
    }

    /** Every job received so far, in order. */
    public List<byte[]> jobs() {
        return List.copyOf(jobs);
    }

    /** {@link System#nanoTime()} when each job had arrived in full (benchmarks). */
    public List<Long> receivedAt() {
        return List.copyOf(receivedAt);
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                receive(s);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void receive(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        ByteArrayOutputStream job = new ByteArrayOutputStream();
        int prev2 = -1;
        int prev1 = -1;
        int c;
        while ((c = in.read()) >= 0) {
            job.write(c);
            if (prev2 == 0x10 && prev1 == 0x04) {
                answer(out, c);
            }
            prev2 = prev1;
            prev1 = c;
        }
        if (job.size() > 0) {
            receivedAt.add(System.nanoTime());
            jobs.add(job.toByteArray());
        }
    }

    private void answer(OutputStream out, int n) throws IOException {
        Condition now = condition;
        if (now == Condition.SILENT) {
            return;
        }
        int reply = switch (n) {
            case 4 -> now == Condition.OUT_OF_PAPER ? 0x72 : 0x12;
            case 2 -> 0x12 | (now == Condition.COVER_OPEN ? 0x04 : 0) | (now == Condition.OUT_OF_PAPER ? 0x20 : 0);
            default -> 0x16;
        };
        out.write(reply);
        out.flush();
    }

    /**
     * Switches the printer off: nothing listens at its address any more, so a connection is refused. The port stays
     * taken by a socket that does not listen: a port merely closed may be handed to the next server on this machine
     * that asks for one (other tests run alongside), which would then "print" the receipt.
     */
    public void switchOff() {
        int port = port();
        close();
        if (acceptor.isAlive()) {
            throw new IllegalStateException("the virtual printer at port " + port + " did not stop listening");
        }
        try {
            Socket hold = new Socket();
            hold.setReuseAddress(false);
            hold.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            placeholder = hold;
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " was taken as soon as the printer let it go", e);
        }
    }

    /**
     * Stops listening, and returns once the port is really closed: the JDK closes a socket another thread is blocked
     * on (our acceptor's accept) only when that thread has woken up, and until then the kernel still accepts
     * connections at the port — a receipt sent at that moment would seem printed.
     */
    @Override
    public void close() {
        try {
            server.close();
            Socket hold = placeholder;
            if (hold != null) {
                hold.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
