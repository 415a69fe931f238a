package dev.kaikei.cli;

import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaikei simulator}: runs the PayPay simulator standalone until Ctrl-C / SIGTERM. */
@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = "Runs a local PayPay API simulator (no network, no real keys) until stopped.")
public final class SimulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", defaultValue = "18080", description = "Port (0 = any free port; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--api-key", paramLabel = "KEY", description = "API key clients must use (generated if absent).")
    String apiKey;

    @Option(names = "--api-secret", paramLabel = "SECRET", description = "API secret (generated if absent).")
    String apiSecret;

    @Option(names = "--merchant-id", paramLabel = "ID", description = "Merchant id (generated if absent).")
    String merchantId;

    @Option(names = "--expiry-seconds", defaultValue = "300",
            description = "Lifetime of a dynamic QR code (default: ${DEFAULT-VALUE}).")
    long expirySeconds;

    @Option(names = "--seed", description = "Seed for fault dice and ids, to repeat a run (default: a new one per run,"
            + " printed at start).")
    Long seed;

    @Option(names = "--multiple-refunds", description = "Allow several partial refunds per payment.")
    boolean multipleRefunds;

    @Option(names = "--capture-confirmation-limit", paramLabel = "YEN", defaultValue = "0",
            description = "Captures above YEN wait for the customer's confirmation (202 USER_CONFIRMATION_REQUIRED; "
                    + "POST /simulator/payments/{id}/capture/confirm). 0 = never (default).")
    long captureConfirmationLimit;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        validate();
        long runSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        SimulatorOptions options;
        try {
            options = SimulatorOptions.builder().bindAddress(bind).port(port).apiKey(apiKey).apiSecret(apiSecret)
                    .merchantId(merchantId).expirySeconds(expirySeconds).seed(runSeed).multipleRefunds(multipleRefunds)
                    .captureConfirmationLimit(captureConfirmationLimit).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PayPaySimulator simulator = new PayPaySimulator(options);
        try {
            simulator.start();
        } catch (UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Cannot listen on " + bind + ":" + port + " (" + e.getCause().getMessage() + ")");
        }
        Thread hook = new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("PayPay simulator listening on " + simulator.baseUri());
        out.println("API key:     " + simulator.apiKey());
        if (apiSecret == null) {
            // A secret the simulator just made up is printed so the operator can configure a client with it.
            out.println("API secret:  " + simulator.apiSecret());
        }
        out.println("Merchant id: " + simulator.merchantId());
        out.println("Seed:        " + runSeed);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } finally {
            simulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: nothing to undo
            }
        }
        return 0;
    }

    /** Stops a running simulator as Ctrl-C would (for tests and embedding). */
    void stop() {
        stopped.countDown();
    }

    private void validate() {
        if ((apiKey == null) != (apiSecret == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--api-key and --api-secret must be given together (or neither, to generate a pair)");
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be within 0..65535");
        }
        if (expirySeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--expiry-seconds must be at least 1");
        }
        if (captureConfirmationLimit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--capture-confirmation-limit cannot be negative (0 = no limit)");
        }
    }
}
