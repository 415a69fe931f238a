package dev.kaikei.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A deliberately minimal keep-alive HTTP/1.1 responder for client benchmarks: it reads a request (headers and a
 * Content-Length body) and writes one canned response in a single write. The JDK's HttpServer costs a few hundred
 * microseconds per request on this machine, which would hide the difference between two clients; this one costs a few
 * microseconds, so the figure measured is the client's own per-call cost. Loopback only, one thread per connection.
 */
final class CannedHttpServer implements AutoCloseable {

    private static final String THREAD_NAME = "canned-http";
    /** CPU of connection threads that have ended (a thread's own CPU time is gone once it dies). */
    private static final AtomicLong FINISHED_CPU = new AtomicLong();

    private final ServerSocket server;
    private final Function<String, byte[]> responder;
    private volatile boolean open = true;

    /** {@code responder} maps the request method to a complete response (status line, headers, body). */
    CannedHttpServer(Function<String, byte[]> responder) throws IOException {
        this.responder = responder;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        Thread acceptor = new Thread(this::acceptLoop, THREAD_NAME + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static byte[] response(int status, String reason, byte[] body) {
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\n"
                + "X-REQUEST-ID: bench-req\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(s), THREAD_NAME + "-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /**
     * CPU spent so far by every canned server's threads in this JVM (live ones, and those whose connection closed), so a
     * client's own CPU can be told apart from the server's it shares the process with.
     */
    static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = FINISHED_CPU.get();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(THREAD_NAME)) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private void serve(Socket socket) {
        try {
            serveRequests(socket);
        } finally {
            FINISHED_CPU.addAndGet(Math.max(0, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
            Thread.currentThread().setName("canned-done"); // its CPU is in FINISHED_CPU now
        }
    }

    private void serveRequests(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            StringBuilder line = new StringBuilder();
            while (true) {
                String requestLine = readLine(in, line);
                if (requestLine == null) {
                    return;
                }
                int contentLength = 0;
                for (String h = readLine(in, line); h != null && !h.isEmpty(); h = readLine(in, line)) {
                    if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        contentLength = Integer.parseInt(h.substring(15).trim());
                    }
                }
                in.readNBytes(contentLength);
                out.write(responder.apply(requestLine.substring(0, requestLine.indexOf(' '))));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away
        }
    }

    private static String readLine(InputStream in, StringBuilder sb) throws IOException {
        sb.setLength(0);
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
