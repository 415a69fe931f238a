package dev.kaikei.testing;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.payment.EngineExecutors;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorClock;
import dev.kaikei.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A whole shop for command and screen tests: the simulator on loopback, a real SQLite journal in {@code dir}, the
 * client and the real engine, with fast test timings.
 */
public final class SimulatedShop implements AutoCloseable {

    public final PayPaySimulator sim;
    public final Journal journal;
    public final PayPayClient client;
    public final PaymentEngine engine;
    private final ScheduledExecutorService executor;

    private SimulatedShop(Path dir) {
        sim = new PayPaySimulator(SimulatorOptions.builder().clock(SimulatorClock.system()).seed(11).build()).start();
        journal = Journal.open(dir.resolve("journal.db"), JournalOptions.defaults().withClock(sim.clock()));
        client = new PayPayClient(OpaClientConfig.builder(Credentials.of(sim.apiKey(), sim.apiSecret(),
                        sim.merchantId()))
                .baseUrl(sim.baseUri().toString()).timeouts(Timeouts.all(Duration.ofSeconds(2)))
                .retryPolicy(RetryPolicy.NONE).clock(sim.clock()).build());
        executor = Executors.newScheduledThreadPool(2);
        engine = new PaymentEngine(client, journal, new MerchantIds("T9", sim.clock()),
                EngineSettings.defaults("T9", "S9", "Test Shop").withTimings(Duration.ofMillis(50),
                        Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofMillis(30),
                        Duration.ofMillis(200), 4, Duration.ofMinutes(5)),
                sim.clock(), EngineExecutors.shared(executor));
        // As the composition root does in training mode: the simulator's own account-link return page.
        engine.customers().useRedirectUrl(sim.linkReturnPage().toString(), true);
    }

    public static SimulatedShop open(Path dir) {
        return new SimulatedShop(dir);
    }

    /** The customer approves the link shown as {@code linkUrl}; returns the response token. */
    public String approveLink(String linkUrl) {
        return sim.approveLink(linkUrl.substring(linkUrl.lastIndexOf('/') + 1)).responseToken();
    }

    /** Payments PayPay accepted (took money for, or authorized). */
    public long acceptedPayments() {
        return sim.ledger().payments().stream().filter(p -> p.acceptedAt() != null).count();
    }

    @Override
    public void close() {
        engine.close();
        executor.shutdownNow();
        client.close();
        sim.close();
        journal.close();
    }
}
