package dev.kaikei.ui.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.app.CashierApp;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.EngineExecutors;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.MerchantIds;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.selfcheck.PayPayConnectionCheck;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorClock;
import dev.kaikei.simulator.SimulatorOptions;
import dev.kaikei.ui.MainWindow;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.DialogService;
import dev.kaikei.ui.common.FxDialogService;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import dev.kaikei.ui.settings.SettingsStore;
import dev.kaikei.ui.testing.Fx;
import dev.kaikei.ui.testing.RecordingSound;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Acceptance base: the real screens over the REAL payment engine, the embedded simulator over loopback HTTP and a
 * SQLite journal in a temp dir, all on the simulator's movable clock (engine, journal, client and UI share it, so
 * moving it expires codes everywhere at once). The manager PIN is {@value #PIN}.
 */
abstract class EngineScreensTest {

    static final String PIN = "2468";
    private static final String PIN_HASH = ManagerPin.hash(PIN.toCharArray());

    @TempDir
    Path dir;

    protected final FxRobot robot = new FxRobot();
    protected final RecordingSound sound = new RecordingSound();
    protected PayPaySimulator sim;
    protected SimulatorClock clock;
    protected Journal journal;
    protected PayPayClient client;
    protected PaymentEngine engine;
    protected MainWindow window;
    protected Path exportFile;
    private ScheduledExecutorService executor;
    private AppExecutors background;

    /** How often the engine polls an open code; long enough in the race test to cancel before the next poll. */
    protected Duration pollInterval() {
        return Duration.ofMillis(100);
    }

    protected boolean preAuth() {
        return false;
    }

    /** More services a test wants on the screens (e.g. HQ sync); none by default. */
    protected UiServices.Builder moreServices(UiServices.Builder builder) {
        return builder;
    }

    /** How long Paid / Authorized stays on screen before the keypad returns. */
    protected Duration autoReturn() {
        return Duration.ofSeconds(30);
    }

    protected Duration clientTimeout() {
        return Duration.ofSeconds(5);
    }

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(20));
        Awaitility.setDefaultTimeout(Duration.ofSeconds(15));
    }

    @AfterAll
    static void resetAwaitility() {
        Awaitility.reset();
    }

    @BeforeEach
    void startAll() throws TimeoutException {
        sim = new PayPaySimulator(SimulatorOptions.builder().clock(SimulatorClock.system()).seed(11)
                .storeName("Café Kaikei").build()).start();
        clock = sim.clock();
        journal = Journal.open(dir.resolve("journal.db"), JournalOptions.defaults().withClock(clock));
        client = new PayPayClient(OpaClientConfig.builder(Credentials.of(sim.apiKey(), sim.apiSecret(),
                        sim.merchantId()))
                .baseUrl(sim.baseUri().toString())
                .timeouts(Timeouts.all(clientTimeout()))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10)))
                .clock(clock)
                .build());
        executor = Executors.newScheduledThreadPool(4);
        Duration poll = pollInterval();
        EngineSettings settings = EngineSettings.defaults("T1", "S1", "Café Kaikei").withTimings(poll,
                poll.dividedBy(10), Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(300), 4,
                Duration.ofMinutes(5));
        engine = new PaymentEngine(client, journal, new MerchantIds("T1", clock), settings, clock,
                EngineExecutors.shared(executor));
        exportFile = dir.resolve("export.csv");
        FxToolkit.setupFixture(() -> open(new Stage()));
    }

    private void open(Stage stage) {
        Theme.installUserAgentStylesheet();
        background = new AppExecutors(2);
        UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(), clock,
                new Messages(Locale.ENGLISH), sound);
        SettingsLoader rules = new SettingsLoader(PlatformDirs.of("Linux", dir, Map.of()), Map.of(), Locale.ENGLISH);
        UiServices.Builder builder = CashierApp.engineServices(engine)
                .recentPayments(n -> engine.history().search(new HistoryQuery(null, null, null, null, Set.of(), n, 0)))
                .storeName("Café Kaikei").locale(Locale.ENGLISH).mode(PayPayMode.SIMULATOR).preAuthEnabled(preAuth())
                .autoReturnAfter(autoReturn()).managerPinHash(Optional.of(PIN_HASH))
                .settingsForm(SettingsStore.file(dir.resolve("kaikei.properties"), rules),
                        new PayPayConnectionCheck(clock, Duration.ofSeconds(3))::run);
        UiServices services = moreServices(builder).build();
        window = new MainWindow(stage, services, ui, Optional.empty(), m -> {
            FxDialogService fx = new FxDialogService(m, () -> stage);
            return DialogService.of(fx, fx, (title, name, type) -> Optional.of(exportFile));
        });
        window.show();
    }

    /** Quick keys, tax policy and receipts for the screens; none by default. */

    @AfterEach
    void stopAll() throws TimeoutException {
        if (window != null) {
            Fx.fx(() -> {
                window.close();
                return null;
            });
        }
        FxToolkit.cleanupStages();
        if (background != null) {
            background.close();
        }
        engine.close();
        executor.shutdownNow();
        client.close();
        sim.close();
        journal.close();
    }

    // ---------------------------------------------------------------- helpers

    /** Keys {@code digits} on the touch keypad and presses Charge. */
    protected void keyAndCharge(String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
        robot.clickOn("#charge-button");
    }

    /** The code id of the checkout on screen, once the QR is up. */
    protected String codeIdOnScreen() {
        Checkout running = await().until(() -> Fx.fx(() -> window.checkout().map(c -> c.checkout())),
                Optional::isPresent).get();
        await().until(() -> running.status().phase() == CheckoutPhase.AWAITING_PAYMENT);
        return journal.findPayment(running.merchantPaymentId()).orElseThrow().codeId();
    }

    protected String merchantPaymentIdOnScreen() {
        return Fx.fx(() -> window.checkout().orElseThrow().checkout().merchantPaymentId());
    }

    protected PaymentRecord row(String merchantPaymentId) {
        return journal.findPayment(merchantPaymentId).orElseThrow();
    }

    /** A payment made directly through the engine and paid at the simulator (for History tests). */
    protected String paidPayment(long yen, String description, boolean preAuthorize) {
        Checkout c = engine.start(new ChargeRequest(yen, description, preAuthorize));
        await().until(() -> c.status().phase() == CheckoutPhase.AWAITING_PAYMENT);
        sim.payCode(row(c.merchantPaymentId()).codeId());
        CheckoutPhase done = preAuthorize ? CheckoutPhase.AUTHORIZED : CheckoutPhase.PAID;
        await().until(() -> c.status().phase() == done);
        return c.merchantPaymentId();
    }

    protected void assertJournaled(String merchantPaymentId, PaymentState state) {
        await().untilAsserted(() -> assertThat(row(merchantPaymentId).state()).isEqualTo(state));
    }

    /** Opens History and selects the payment on the row showing {@code amount}. */
    protected void openDetail(String amount) {
        robot.clickOn("#nav-history");
        Fx.awaitShowing(robot, "#history-table");
        await().until(() -> Fx.fx(() -> robot.lookup("#history-table").queryAs(TableView.class).getItems().size()) > 0);
        Node cell = await().until(() -> Fx.fx(() -> robot.lookup("#history-table .table-cell")
                .match((Node n) -> n instanceof javafx.scene.control.Labeled l && amount.equals(l.getText()))
                .tryQuery()), Optional::isPresent).get();
        robot.clickOn(cell);
        await().until(() -> Fx.text(robot, "#detail-title").startsWith(amount));
    }

    protected void typeAmount(String field, String amount) {
        Fx.fx(() -> {
            robot.lookup(field).queryAs(TextField.class).clear();
            return null;
        });
        robot.clickOn(field).write(amount);
    }

    protected void enterPin(String pin) {
        Fx.awaitShowing(robot, "#pin-field");
        robot.clickOn("#pin-field").write(pin);
        robot.clickOn("#pin-ok");
    }

}
