package dev.kaikei.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for PayPay's Open Payment API: same paths, envelope, status codes and state rules, strict HMAC
 * auth, customer actions and fault injection, on the JDK's HTTP server. Embedded by the app in simulator mode and run
 * standalone by {@code kaikei simulator}.
 *
 * <pre>{@code
 * try (var sim = new PayPaySimulator(SimulatorOptions.builder().build()).start()) {
 *     URI base = sim.baseUri();   // sign with sim.apiKey() / sim.apiSecret(), assume sim.merchantId()
 *     sim.payCode(codeId);        // the customer pays
 * }
 * }</pre>
 */
public final class PayPaySimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PayPaySimulator.class);

    private final SimulatorOptions options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final IdGenerator ids;
    private final Faults faults;
    private final UserAuthorizations users;
    private final PaymentBook book;
    private final CountDownLatch closing = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService executor;
    private volatile URI baseUri;

    public PayPaySimulator(SimulatorOptions options) {
        this.options = options;
        this.ids = new IdGenerator(options.seed());
        this.faults = new Faults(options.seed());
        this.users = new UserAuthorizations(options.clock(), options, mapper, ids);
        this.book = new PaymentBook(options.clock(), options, users, mapper, ids);
    }

    /** A simulator with generated credentials on a free loopback port (not started yet). */
    public static PayPaySimulator withDefaults() {
        return new PayPaySimulator(SimulatorOptions.builder().build());
    }

    /** Binds and starts serving; returns this for chaining. */
    public synchronized PayPaySimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        // Without TCP_NODELAY every keep-alive request costs ~40 ms (Nagle meets delayed ACK): see toolchain.md.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.bindAddress() + ":" + options.port(), e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = new ThreadPoolExecutor(4, 512, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "paypay-sim-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        baseUri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
        book.baseUrl(baseUri.toString());
        AuthVerifier verifier = new AuthVerifier(options.apiKey(), options.apiSecret(), options.merchantId(),
                options.clock(), options.epochToleranceSeconds());
        PayPayOperations operations = new PayPayOperations(mapper, book, users, () -> baseUri.toString());
        server.createContext("/", new ApiHandler(mapper, verifier, faults, ids, closing, operations));
        server.createContext("/simulator/", new ControlHandler(this, mapper, ids));
        server.start();
        LOG.info("PayPay simulator listening on {} (merchant {})", baseUri, options.merchantId());
        return this;
    }

    /** Stops at once: held ("no response") connections are released and dropped. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        server = null;
        LOG.info("PayPay simulator stopped");
    }

    /** e.g. {@code http://127.0.0.1:43117}; the API paths ({@code /v2/...}) go below it. */
    public URI baseUri() {
        if (baseUri == null) {
            throw new IllegalStateException("not started");
        }
        return baseUri;
    }

    /**
     * The simulator's own account-link return page: where a training shop without a page of its own sends the
     * customer after the link; it shows the {@code responseToken} to paste into Kaikei.
     */
    public URI linkReturnPage() {
        return baseUri().resolve(ControlHandler.LINK_RETURN_PATH);
    }

    public SimulatorOptions options() {
        return options;
    }

    public String apiKey() {
        return options.apiKey();
    }

    public String apiSecret() {
        return options.apiSecret();
    }

    public String merchantId() {
        return options.merchantId();
    }

    public SimulatorClock clock() {
        return options.clock();
    }

    public Faults faults() {
        return faults;
    }

    public Ledger ledger() {
        return book.ledger();
    }

    /**
     * PayPay's daily transaction file for one Asia/Tokyo day, as PayPay would deliver it after the day (Shift_JIS
     * CSV): the instant-payment file, or with {@code preAuth} the pre-auth file.
     */
    public TransactionFileDownload transactionFile(LocalDate day, boolean preAuth) {
        TransactionFileWriter writer = new TransactionFileWriter(options.merchantId(), options.storeName());
        return new TransactionFileDownload(writer.fileName(day, preAuth), book.transactionFile(writer, day, preAuth));
    }

    /** A transaction file: PayPay's file name and its Shift_JIS bytes. */
    public record TransactionFileDownload(String fileName, byte[] bytes) {
    }

    /** The customer pays the code: COMPLETED, or AUTHORIZED for a pre-auth code (FAILED if a cancel was held). */
    public CustomerAction.Result payCode(String codeId) {
        return book.customerAction(codeId, true);
    }

    /** The customer declines the code: the payment ends FAILED. */
    public CustomerAction.Result declineCode(String codeId) {
        return book.customerAction(codeId, false);
    }

    /** The customer approves an account link: a new ACTIVE user authorization and a signed response token. */
    public CustomerAction.LinkResult approveLink(String sessionId) {
        return users.answer(sessionId, true);
    }

    public CustomerAction.LinkResult declineLink(String sessionId) {
        return users.answer(sessionId, false);
    }

    /**
     * The customer confirms in the app a capture above the allowed limit
     * ({@link SimulatorOptions#captureConfirmationLimit()}): the capture completes.
     */
    public CustomerAction.Result confirmCapture(String merchantPaymentId) {
        return book.answerCapture(merchantPaymentId, true);
    }

    /** The customer declines such a capture: nothing is captured and the order is AUTHORIZED again. */
    public CustomerAction.Result declineCapture(String merchantPaymentId) {
        return book.answerCapture(merchantPaymentId, false);
    }

    /** Sets one linked user's wallet balance (others keep {@link SimulatorOptions#walletBalance()}). */
    public void setWalletBalance(String userAuthorizationId, long yen) {
        users.setBalance(userAuthorizationId, yen);
    }

    CustomerAction.CodeView codeView(String codeId) {
        return book.codeView(codeId);
    }

    boolean linkSessionOpen(String sessionId) {
        return users.sessionOpen(sessionId);
    }
}
