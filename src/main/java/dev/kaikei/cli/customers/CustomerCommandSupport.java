package dev.kaikei.cli.customers;

import dev.kaikei.app.PayPayAccess;
import dev.kaikei.config.Settings;
import dev.kaikei.journal.Journal;
import dev.kaikei.payment.CustomerService;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the customer commands ({@code customers}, {@code link}, {@code charge-customer}, {@code unlink}) share: opening
 * the engine for one run, the operator's input, and the exit codes. Interim wiring: at merge, {@link #openEngine}
 * should use the app's composition root ({@code dev.kaikei.app.AppContext}) instead of building the engine itself.
 */
public final class CustomerCommandSupport {

    /** Done (charged, linked, unlinked, listed). */
    public static final int EXIT_OK = 0;
    /** Refused or declined: nothing was charged, linked or unlinked. */
    public static final int EXIT_REFUSED = 1;
    /** PayPay did not confirm the charge yet: it is being resolved; never charge again meanwhile. */
    public static final int EXIT_PENDING = 3;
    /** PayPay suspected a duplicate and the operator did not confirm: nothing was charged. */
    public static final int EXIT_NOT_CONFIRMED = 4;

    /** Opens the customer service for one command run. */
    @FunctionalInterface
    public interface Opener {
        Session open(Settings settings);
    }

    /** The service plus whatever must be closed after the command. */
    public record Session(CustomerService customers, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    private final Opener opener;
    private final InputStream input;

    public CustomerCommandSupport(Opener opener, InputStream input) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.input = Objects.requireNonNull(input, "input");
    }

    /** The real engine from the settings, reading the operator's answers from standard input. */
    public static CustomerCommandSupport standard() {
        return new CustomerCommandSupport(CustomerCommandSupport::openEngine, System.in);
    }

    public Session open(Settings settings) {
        return opener.open(settings);
    }

    /** The operator's input, one line per answer (not closed: it may be the process's stdin). */
    public BufferedReader input() {
        return new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    }

    /**
     * Settings → PayPay access (embedded simulator in SIMULATOR mode) → journal → engine. In simulator mode the
     * simulator lives only as long as the command, so links made in one run are unknown to the next.
     */
    public static Session openEngine(Settings settings) {
        Clock clock = Clock.systemUTC();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            PayPayAccess access = PayPayAccess.open(settings, clock);
            open.add(access);
            Journal journal = Journal.open(settings.journalPath());
            open.add(journal);
            ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
                Thread t = new Thread(r, "kaikei-cli-engine");
                t.setDaemon(true);
                return t;
            });
            open.add(executor::shutdownNow);
            EngineSettings engineSettings = EngineSettings.defaults(settings.terminalId(), null,
                    settings.storeName()).withPollInterval(Duration.ofSeconds(settings.pollIntervalSeconds()));
            PaymentEngine engine = new PaymentEngine(access.client(), journal,
                    new MerchantIds(settings.terminalId(), clock), engineSettings, clock, executor);
            open.add(engine);
            return new Session(engine.customers(), () -> closeAll(open));
        } catch (RuntimeException e) {
            closeAll(open);
            throw e;
        }
    }

    /** Closes in reverse order of opening; the first failure is rethrown after all were tried. */
    private static void closeAll(List<AutoCloseable> resources) {
        RuntimeException first = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("closing failed: " + e.getMessage(), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
