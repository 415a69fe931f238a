package dev.kaikei.bench;

import dev.kaikei.app.CashierApp;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.payment.EngineExecutors;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorOptions;
import dev.kaikei.ui.DesktopApp;
import dev.kaikei.ui.MainWindow;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Sound;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The app as the composition root wires it in training mode — embedded simulator over loopback HTTP, SQLite journal,
 * payment engine, the real main window — for the UI benchmarks. Run headless with
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 */
final class UiBenchStack implements AutoCloseable {

    final PayPaySimulator sim;
    final Journal journal;
    final PayPayClient client;
    final PaymentEngine engine;
    final MainWindow window;
    private final ScheduledExecutorService executor;
    private final AppExecutors background;
    private final Path dir;

    private UiBenchStack(Duration poll, Duration autoReturn) {
        try {
            dir = Files.createTempDirectory("kaikei-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.systemUTC();
        sim = new PayPaySimulator(SimulatorOptions.builder().storeName("Café Kaikei").build()).start();
        journal = Journal.open(dir.resolve("journal.sqlite"), JournalOptions.defaults());
        client = new PayPayClient(OpaClientConfig.builder(Credentials.of(sim.apiKey(), sim.apiSecret(),
                sim.merchantId())).baseUrl(sim.baseUri().toString()).build());
        executor = Executors.newScheduledThreadPool(4);
        engine = new PaymentEngine(client, journal, new MerchantIds("BENCH1", clock),
                EngineSettings.defaults("BENCH1", "S1", "Café Kaikei").withPollInterval(poll), clock,
                        EngineExecutors.shared(executor));
        background = new AppExecutors(2);
        UiServices services = CashierApp.engineServices(engine)
                .recentPayments(n -> engine.history().search(new HistoryQuery(null, null, null, null, Set.of(), n, 0)))
                .storeName("Café Kaikei").locale(Locale.ENGLISH).mode(PayPayMode.SIMULATOR)
                .autoReturnAfter(autoReturn).build();
        window = onFx(() -> {
            Theme.installUserAgentStylesheet();
            UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(), clock,
                    new Messages(Locale.ENGLISH), Sound.silent());
            MainWindow w = new MainWindow(new Stage(), services, ui, Optional.empty());
            w.show();
            return w;
        });
    }

    /** Starts the toolkit (once per JVM, with the app's own toolkit settings) and the whole stack. */
    static UiBenchStack start(Duration poll, Duration autoReturn) {
        DesktopApp.startToolkit().join();
        Platform.setImplicitExit(false);
        return new UiBenchStack(poll, autoReturn);
    }

    /** Runs {@code call} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        onFx(() -> {
            window.close();
            window.stage().close();
            return null;
        });
        background.close();
        engine.close();
        executor.shutdownNow();
        client.close();
        sim.close();
        journal.close();
    }
}
