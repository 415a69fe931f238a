package dev.kaikei.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PaymentStatus;
import dev.kaikei.opa.model.QrCode;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei self-test} (also {@code kaikei --self-test}): proves, headless and without a display, that an
 * installation can do its job: the SQLite native library loads, a journal accepts a write and a read, the embedded
 * simulator answers signed calls from the app's PayPay client, and a QR code survives an encode/decode round trip.
 * Never touches the shop's journal, config or network; exits 0 only if every check passes.
 */
@Command(name = "self-test", aliases = "--self-test", mixinStandardHelpOptions = true,
        description = "Checks this installation headless (SQLite, journal, PayPay client against the built-in "
                + "simulator, QR codes) without touching the shop's data; exit code 0 only if all pass.")
public final class SelfTestCommand implements Callable<Integer> {

    /** Exit code when at least one check failed. */
    public static final int EXIT_FAILED = 1;

    private static final String QR_SAMPLE = "https://qr.paypay.ne.jp/self-test-会計-0123456789";

    @Spec
    CommandSpec spec;

    // A seam for tests and for locked-down kiosks whose java.io.tmpdir is not writable.
    @Option(names = "--work-dir", paramLabel = "DIR", hidden = true,
            description = "Directory for the throw-away journal (default: java.io.tmpdir).")
    Path workDir;

    /** One named check: returns a short detail for its report line, throws if the check fails. */
    private record Check(String name, Callable<String> body) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s self-test on Java %s (%s %s)%n", new VersionProvider().getVersion()[0],
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        List<Check> checks = List.of(
                new Check("sqlite native", SelfTestCommand::sqliteNative),
                new Check("journal", this::journal),
                new Check("paypay simulator", SelfTestCommand::simulatorRoundTrip),
                new Check("no POST resent", SelfTestCommand::postNeverResent),
                new Check("qr code", SelfTestCommand::qrRoundTrip));
        long start = System.nanoTime();
        int passed = 0;
        for (Check check : checks) {
            long t0 = System.nanoTime();
            String status;
            String detail;
            try {
                detail = check.body().call();
                status = "OK";
                passed++;
            } catch (Exception | LinkageError e) {
                // LinkageError: a missing module or native library in a trimmed runtime is exactly what we look for.
                detail = e.getClass().getSimpleName() + ": " + e.getMessage();
                status = "FAIL";
            }
            out.printf("%-4s  %-17s %6d ms  %s%n", status, check.name(), millisSince(t0), detail);
            out.flush();
        }
        boolean allPassed = passed == checks.size();
        out.printf("%s  %d/%d checks passed in %d ms%n", allPassed ? "PASS" : "FAIL", passed, checks.size(),
                millisSince(start));
        out.flush();
        return allPassed ? 0 : EXIT_FAILED;
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }

    private static String sqliteNative() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sqlite_version()")) {
            rs.next();
            return "SQLite " + rs.getString(1);
        }
    }

    /** Writes a payment, closes, reopens and reads it back, in a fresh temp directory that is deleted afterwards. */
    private String journal() throws IOException {
        Path base = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = Files.createTempDirectory(Files.createDirectories(base), "kaikei-self-test-");
        try {
            Path file = dir.resolve("self-test-journal.sqlite");
            String id = "self-test-" + UUID.randomUUID();
            try (Journal journal = Journal.open(file)) {
                journal.insertPayment(NewPayment.qr(id, 1, "self-test", null, null));
            }
            try (Journal journal = Journal.open(file)) {
                PaymentRecord read = journal.findPayment(id)
                        .orElseThrow(() -> new IllegalStateException("written payment not found after reopen"));
                if (read.amount() != 1) {
                    throw new IllegalStateException("read back " + read.amount() + " yen, wrote 1");
                }
            }
            return "write, reopen, read (schema v" + Journal.schemaVersion() + ") in a temp file";
        } finally {
            deleteTree(dir);
        }
    }

    /** Creates a QR with the app's signing client, lets the simulated customer pay, and queries until COMPLETED. */
    private static String simulatorRoundTrip() {
        try (PayPaySimulator sim = PayPaySimulator.withDefaults().start();
             PayPayClient client = clientOf(sim)) {
            String id = "self-test-" + UUID.randomUUID();
            QrCode code = success("create QR", client.createQrCode(CreateQrCodeRequest.builder(id, MoneyAmount.yen(1))
                    .orderDescription("self-test").requestedAt(sim.clock().epochSecond()).build()));
            sim.payCode(code.codeId());
            PaymentDetails paid = success("get payment", client.getQrPaymentDetails(id));
            if (paid.status() != PaymentStatus.COMPLETED) {
                throw new IllegalStateException("payment is " + paid.status() + " after the customer paid");
            }
            return "signed create QR, customer pays, status COMPLETED (" + sim.baseUri() + ")";
        }
    }

    /**
     * A resent payment request is the one thing the client must never do, so check it in this very runtime: the
     * simulator drops the connection of the next create-QR call after reading it; had the client sent it again, the
     * second try would succeed.
     */
    private static String postNeverResent() {
        try (PayPaySimulator sim = PayPaySimulator.withDefaults().start();
             PayPayClient client = clientOf(sim)) {
            sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.CONNECTION_RESET));
            OpaResult<QrCode> result = client.createQrCode(CreateQrCodeRequest.builder(
                    "self-test-" + UUID.randomUUID(), MoneyAmount.yen(1)).requestedAt(sim.clock().epochSecond()).build());
            if (result.isSuccess()) {
                throw new IllegalStateException("the PayPay client resent a POST after its connection dropped");
            }
            if (!(result instanceof OpaResult.Unknown<QrCode> unknown)) {
                throw new IllegalStateException("a dropped connection gave " + result + ", not an unknown outcome");
            }
            return "a create QR whose connection dropped is left unknown, sent once (" + unknown.reason() + ")";
        }
    }

    /** The app's own client, signing for the simulator's merchant. */
    private static PayPayClient clientOf(PayPaySimulator sim) {
        return new PayPayClient(OpaClientConfig.builder(Credentials.of(sim.apiKey(), sim.apiSecret(), sim.merchantId()))
                .baseUrl(sim.baseUri().toString())
                .timeouts(Timeouts.all(Duration.ofSeconds(5)))
                .retryPolicy(RetryPolicy.NONE)
                .build());
    }

    private static <T> T success(String call, OpaResult<T> result) {
        return result.successData().orElseThrow(() -> new IllegalStateException(call + " failed: " + result));
    }

    /** Encodes as the app does, draws the modules into pixels with a quiet zone, and decodes them again. */
    private static String qrRoundTrip() throws Exception {
        BitMatrix modules = TerminalQr.encode(QR_SAMPLE);
        int scale = 4;
        int quiet = 4 * scale;
        int side = modules.getWidth() * scale + 2 * quiet;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = (x - quiet) / scale;
                int my = (y - quiet) / scale;
                boolean dark = x >= quiet && y >= quiet && mx < modules.getWidth() && my < modules.getHeight()
                        && modules.get(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(side, side, pixels)))).getText();
        if (!QR_SAMPLE.equals(decoded)) {
            throw new IllegalStateException("decoded a different text: " + decoded);
        }
        return "encode + decode round trip (" + modules.getWidth() + "x" + modules.getHeight() + " modules)";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
