package dev.kaikei.cli.customers;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.config.Settings;
import dev.kaikei.payment.CustomerService;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the customer commands ({@code customers}, {@code link}, {@code charge-customer}, {@code unlink}) share: opening
 * the engine for one run, the operator's input, and the exit codes.
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
     * Opens the app's composition root (PayPay access, journal, engine) for one command. In simulator mode the
     * simulator lives only as long as the command, so links made in one run are unknown to the next.
     */
    public static Session openEngine(Settings settings) {
        AppContext context = AppContext.open(settings, AppOptions.defaults());
        return new Session(context.engine().customers(), context);
    }
}
