package dev.kaikei.app;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.logs.LogRedaction;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.PayPayEnvironment;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorOptions;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PayPay the app talks to: in SIMULATOR mode an embedded simulator on a free loopback port (with keys it makes up
 * itself), otherwise PayPay's gateway for the configured environment. Owns the client and, if any, the simulator.
 */
public final class PayPayAccess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PayPayAccess.class);

    private final PayPayClient client;
    private final PayPaySimulator simulator;

    private PayPayAccess(PayPayClient client, PayPaySimulator simulator) {
        this.client = client;
        this.simulator = simulator;
    }

    /** Connects as the settings say; in simulator mode the simulator is started first. */
    public static PayPayAccess open(Settings settings, Clock clock) {
        if (settings.mode() == PayPayMode.SIMULATOR) {
            // A seed per run: with a fixed one every restart handed out the same code ids again, so a pay page
            // left open from an earlier run would pay a new customer's code.
            PayPaySimulator sim = new PayPaySimulator(SimulatorOptions.builder()
                    .storeName(settings.storeName())
                    .seed(ThreadLocalRandom.current().nextLong())
                    .build()).start();
            try {
                LogRedaction.register(sim.apiSecret());
                OpaClientConfig config = OpaClientConfig.builder(
                                Credentials.of(sim.apiKey(), sim.apiSecret(), sim.merchantId()))
                        .baseUrl(sim.baseUri().toString())
                        .clock(clock)
                        .build();
                LOG.info("Training mode: embedded PayPay simulator at {}", sim.baseUri());
                return new PayPayAccess(new PayPayClient(config), sim);
            } catch (RuntimeException e) {
                sim.close();
                throw e;
            }
        }
        LogRedaction.register(settings.apiSecret().reveal());
        OpaClientConfig.Builder builder = OpaClientConfig.builder(Credentials.of(settings.apiKey(),
                        settings.apiSecret().reveal(), settings.merchantId()))
                .environment(environment(settings.mode()))
                .clock(clock);
        settings.baseUrl().ifPresent(uri -> builder.baseUrl(uri.toString()));
        OpaClientConfig config = builder.build();
        LOG.info("Connecting to PayPay {} at {}", settings.mode(), config.baseUrl());
        return new PayPayAccess(new PayPayClient(config), null);
    }

    static PayPayEnvironment environment(PayPayMode mode) {
        return switch (mode) {
            case STAGING -> PayPayEnvironment.STAGING;
            case PROD -> PayPayEnvironment.PROD;
            case PERF -> PayPayEnvironment.PERF;
            case SIMULATOR -> throw new IllegalArgumentException("the simulator has no PayPay environment");
        };
    }

    public PayPayClient client() {
        return client;
    }

    /** The embedded simulator in training mode, empty when talking to PayPay. */
    public Optional<PayPaySimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public void close() {
        client.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
