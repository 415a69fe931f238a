package dev.kaikei.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a second start of the cashier app bring the running one to the front instead of failing on the journal lock.
 * The owner listens on a loopback-only port and publishes the port and a random token in {@code <journal>.instance}
 * (owner-only permissions), so only a process that can read the user's files can ask it to focus.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String FOCUS = "FOCUS";
    private static final String OK = "OK";
    private static final String NO_WINDOW = "NO_WINDOW";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /** What a second start achieved. */
    public enum Outcome {
        /** The running app brought its window to the front. */
        FOCUSED,
        /** The journal is held by a Kaikei process without a window (a command that moves money). */
        NO_WINDOW,
        /** The instance file names a port nobody answers on (the owner is hung, or the file is stale). */
        NOT_ANSWERING,
        /** There is no instance file: the holder predates this feature or is no Kaikei app. */
        NO_INSTANCE
    }

    private final Path file;
    private final ServerSocket server;
    private final byte[] token;
    private final Thread acceptor;
    private volatile Runnable focusHandler;

    private SingleInstance(Path file, ServerSocket server, byte[] token) {
        this.file = file;
        this.server = server;
        this.token = token;
        this.acceptor = new Thread(this::acceptLoop, "kaikei-single-instance");
        acceptor.setDaemon(true);
    }

    /** The file next to the journal that names the running owner's port and token. */
    public static Path instanceFile(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".instance");
    }

    /**
     * Starts listening for focus requests on 127.0.0.1 and writes the instance file; call only while holding the
     * journal lock, so the file always belongs to the lock's holder.
     */
    static SingleInstance listen(Path journal) throws IOException {
        Path file = instanceFile(journal);
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] token = new byte[24];
            new SecureRandom().nextBytes(token);
            writePrivately(file, server.getLocalPort() + " " + HexFormat.of().formatHex(token) + "\n");
            SingleInstance instance = new SingleInstance(file, server, token);
            instance.acceptor.start();
            return instance;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Sets what a focus request does (the UI raises its window); without one, requests answer "no window". */
    public void onFocusRequest(Runnable handler) {
        this.focusHandler = handler;
    }

    /** Asks the owner of {@code journal} to come to the front. */
    public static Outcome focusRunning(Path journal) {
        return focusRunning(journal, DEFAULT_TIMEOUT);
    }

    static Outcome focusRunning(Path journal, Duration timeout) {
        Optional<String[]> published = read(instanceFile(journal));
        if (published.isEmpty()) {
            return Outcome.NO_INSTANCE;
        }
        int port;
        try {
            port = Integer.parseInt(published.get()[0]);
        } catch (NumberFormatException e) {
            return Outcome.NOT_ANSWERING;
        }
        try (Socket socket = new Socket()) {
            int millis = (int) timeout.toMillis();
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write((published.get()[1] + " " + FOCUS + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            if (OK.equals(answer)) {
                return Outcome.FOCUSED;
            }
            return NO_WINDOW.equals(answer) ? Outcome.NO_WINDOW : Outcome.NOT_ANSWERING;
        } catch (IOException e) {
            LOG.debug("No answer from the running instance on port {}: {}", port, e.toString());
            return Outcome.NOT_ANSWERING;
        }
    }

    private static Optional<String[]> read(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 ? Optional.of(parts) : Optional.of(new String[] {"", ""});
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("Cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout((int) DEFAULT_TIMEOUT.toMillis());
                answer(client);
            } catch (SocketTimeoutException e) {
                LOG.debug("A focus request timed out");
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Focus request failed: {}", e.toString());
                }
            }
        }
    }

    private void answer(Socket client) throws IOException {
        // One short line is all a request is; a longer one is not Kaikei.
        String line = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII),
                256).readLine();
        String[] parts = line == null ? new String[0] : line.strip().split(" ");
        String reply;
        if (parts.length == 2 && FOCUS.equals(parts[1]) && tokenMatches(parts[0])) {
            Runnable handler = focusHandler;
            if (handler != null) {
                LOG.info("Another start of Kaikei asked this window to come to the front");
                handler.run();
                reply = OK;
            } else {
                reply = NO_WINDOW;
            }
        } else {
            LOG.warn("Ignored a malformed or unauthenticated request on the single-instance port");
            reply = "DENIED";
        }
        client.getOutputStream().write((reply + "\n").getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
    }

    private boolean tokenMatches(String hex) {
        try {
            return MessageDigest.isEqual(token, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Path dir = Objects.requireNonNullElse(file.toAbsolutePath().getParent(), Path.of("."));
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the user profile's ACLs keep the data dir private.
            }
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Stops listening and removes the instance file. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing the single-instance port: {}", e.toString());
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", file, e.toString());
        }
        try {
            acceptor.join(DEFAULT_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
