package dev.kaikei.ui.checkout;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.CheckoutStatus;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.ui.common.Tone;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiTimer;
import dev.kaikei.ui.common.Watermark;
import dev.kaikei.ui.common.Yen;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running checkout as both screens show it: follows the engine's status updates (marshalled to the UI thread),
 * counts down to the server's expiry, plays the outcome cue, and offers cancel / new code / done to the cashier.
 * "Paid" is shown only for {@link CheckoutPhase#PAID}, PayPay's confirmed {@code COMPLETED}.
 */
public final class CheckoutViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutViewModel.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final Checkout checkout;
    private final ChargeRequest request;
    private final CheckoutService checkouts;
    private final UiContext ui;
    private final Messages messages;
    private final Navigator navigator;
    private final Duration autoReturnAfter;

    private final ReadOnlyObjectWrapper<CheckoutPhase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", CheckoutPhase.CREATING);
    private final ReadOnlyStringWrapper storeName = new ReadOnlyStringWrapper(this, "storeName");
    private final ReadOnlyStringWrapper amountText = new ReadOnlyStringWrapper(this, "amountText");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper qrUrl = new ReadOnlyStringWrapper(this, "qrUrl");
    private final ReadOnlyIntegerWrapper countdownSeconds = new ReadOnlyIntegerWrapper(this, "countdownSeconds", -1);
    private final ReadOnlyStringWrapper countdownText = new ReadOnlyStringWrapper(this, "countdownText", "");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper instructionText = new ReadOnlyStringWrapper(this, "instructionText", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);
    private final ReadOnlyBooleanWrapper paid = new ReadOnlyBooleanWrapper(this, "paid");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting", true);
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyBooleanWrapper canNewCode = new ReadOnlyBooleanWrapper(this, "canNewCode");
    private final ReadOnlyBooleanWrapper canFinish = new ReadOnlyBooleanWrapper(this, "canFinish");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final Watermark watermark;

    private AutoCloseable subscription;
    private UiTimer.Cancellable ticker;
    private UiTimer.Cancellable autoReturn;
    private Optional<Instant> expiresAt = Optional.empty();
    private boolean startingNewCode;
    private ReceiptChoice receipts = ReceiptChoice.NONE; // after Paid: prints, or asks Print / PDF / No receipt
    private boolean closed;

    /** With the watermark the screens carry (TRAINING on the simulator, SANDBOX on PayPay staging). */
    public CheckoutViewModel(Checkout checkout, ChargeRequest request, CheckoutService checkouts, UiContext ui,
                             Navigator navigator, String storeName, Watermark watermark, Duration autoReturnAfter) {
        this.checkout = checkout;
        this.request = request;
        this.checkouts = checkouts;
        this.ui = ui;
        this.messages = ui.messages();
        this.navigator = navigator;
        this.autoReturnAfter = autoReturnAfter;
        this.storeName.set(storeName);
        this.watermark = watermark;
        this.training.set(watermark != Watermark.NONE);
        this.amountText.set(Yen.format(request.amountYen()));
        this.description.set(request.description());
        apply(CheckoutPhase.CREATING);
    }

    /** Starts following the checkout; updates arrive on engine threads and are handed to the UI executor. */
    public void start() {
        subscription = checkout.subscribe(status -> ui.tasks().ui().execute(() -> onStatus(status)));
    }

    private void onStatus(CheckoutStatus status) {
        if (closed) {
            return;
        }
        amountText.set(Yen.format(status.amountYen()));
        description.set(status.description());
        offline.set(status.offline());
        expiresAt = status.expiresAt();
        // A reason belongs to a decline, failure or check only (the engine may also describe success: not repeated).
        boolean explains = status.phase() == CheckoutPhase.DECLINED || status.phase() == CheckoutPhase.FAILED
                || status.phase() == CheckoutPhase.RESOLVING || status.phase() == CheckoutPhase.EXPIRED;
        detailText.set(status.detail() == null || !explains ? "" : status.detail());
        CheckoutPhase previous = phase.get();
        phase.set(status.phase());
        qrUrl.set(status.phase() == CheckoutPhase.AWAITING_PAYMENT ? status.qrUrl().orElse(null) : null);
        apply(status.phase());
        tick();
        if (status.phase() == CheckoutPhase.AWAITING_PAYMENT && ticker == null && expiresAt.isPresent()) {
            ticker = ui.timer().every(TICK, this::tick);
        }
        if (status.phase() != previous) {
            entered(status.phase());
        }
    }

    /** The texts and flags of a phase. */
    private void apply(CheckoutPhase p) {
        String key = p.name().toLowerCase(Locale.ROOT);
        stateText.set(messages.get("checkout.state." + key));
        instructionText.set(messages.get("checkout.instruction." + key));
        paid.set(p == CheckoutPhase.PAID);
        waiting.set(p == CheckoutPhase.CREATING || p == CheckoutPhase.RESOLVING);
        tone.set(switch (p) {
            case PAID, AUTHORIZED -> Tone.SUCCESS;
            case DECLINED, FAILED -> Tone.DANGER;
            case EXPIRED, RESOLVING -> Tone.WARNING;
            case CREATING, AWAITING_PAYMENT, ABANDONED -> Tone.NEUTRAL;
        });
        boolean retryable = p == CheckoutPhase.DECLINED || p == CheckoutPhase.EXPIRED || p == CheckoutPhase.FAILED;
        canCancel.set(!p.isFinished() && !cancelling.get());
        canNewCode.set(retryable && !startingNewCode);
        canFinish.set(retryable && !startingNewCode);
        if (cancelling.get() && !p.isFinished()) {
            stateText.set(messages.get("checkout.state.cancelling"));
        }
    }

    /** Reacts once to entering a phase: the cue, and leaving the screen when the outcome calls for it. */
    private void entered(CheckoutPhase p) {
        if (p.isFinished()) {
            stopTicker();
        }
        switch (p) {
            case PAID, AUTHORIZED -> {
                ui.sound().paid(request.amountYen());
                receipts.paid(p == CheckoutPhase.PAID ? checkout.merchantPaymentId() : null, detailText::set,
                        () -> autoReturn = ui.timer().after(autoReturnAfter, this::finish));
            }
            case DECLINED, EXPIRED, FAILED -> ui.sound().failed();
            // The cashier cancelled and PayPay confirmed nothing was paid: straight back to the keypad.
            case ABANDONED -> finish();
            default -> { } // the other phases make no sound and move nowhere
        }
    }

    public void offerReceipts(ReceiptChoice choice) {
        receipts = Objects.requireNonNull(choice, "choice");
    }

    /** Recomputes the countdown from the server's expiry and the injected clock. */
    public void tick() {
        if (phase.get() != CheckoutPhase.AWAITING_PAYMENT || expiresAt.isEmpty()) {
            countdownSeconds.set(-1);
            countdownText.set("");
            return;
        }
        long millis = Duration.between(ui.clock().instant(), expiresAt.get()).toMillis();
        int seconds = (int) Math.max(0, (millis + 999) / 1000);
        countdownSeconds.set(seconds);
        countdownText.set(messages.format("checkout.countdown",
                String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)));
    }

    /** The cashier cancels (Cancel button, Esc): asks the engine to abandon; the final phase decides what shows. */
    public void cancel() {
        if (!canCancel.get()) {
            return;
        }
        cancelling.set(true);
        apply(phase.get());
        ui.tasks().run(checkout::abandon);
    }

    /** A fresh code (new merchant payment id) for the same amount and description, after expiry or a decline. */
    public void newCode() {
        if (!canNewCode.get()) {
            return;
        }
        startingNewCode = true;
        apply(phase.get());
        ui.tasks().task(() -> checkouts.start(request)).onSuccess(next -> {
            close();
            navigator.showCheckout(next, request);
        }).onError(Exception.class, e -> {
            startingNewCode = false;
            apply(phase.get());
            detailText.set(messages.format("charge.error.startFailed", e.getMessage()));
        }).start();
    }

    /** Leaves this checkout for the keypad (after a final outcome). */
    public void finish() {
        if (closed) {
            return;
        }
        close();
        navigator.showCharge();
    }

    /** Esc on the checkout screen: cancel while it runs, back to the keypad once it has a final failure. */
    public void escape() {
        if (canCancel.get()) {
            cancel();
        } else if (canFinish.get()) {
            finish();
        }
    }

    /** Stops listening and all timers; later engine updates are ignored. */
    @Override
    public void close() {
        closed = true;
        stopTicker();
        if (autoReturn != null) {
            autoReturn.close();
        }
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Could not unsubscribe from checkout {}: {}", checkout.merchantPaymentId(), e.toString());
            }
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.close();
            ticker = null;
        }
    }

    public Checkout checkout() {
        return checkout;
    }

    public ReadOnlyObjectProperty<CheckoutPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public CheckoutPhase getPhase() {
        return phase.get();
    }

    public ReadOnlyStringProperty storeNameProperty() {
        return storeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountTextProperty() {
        return amountText.getReadOnlyProperty();
    }

    public String getAmountText() {
        return amountText.get();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** The URL to show as QR: set only while the customer can pay. */
    public ReadOnlyStringProperty qrUrlProperty() {
        return qrUrl.getReadOnlyProperty();
    }

    public String getQrUrl() {
        return qrUrl.get();
    }

    /** Whole seconds until the server's expiry; -1 when no countdown applies. */
    public ReadOnlyIntegerProperty countdownSecondsProperty() {
        return countdownSeconds.getReadOnlyProperty();
    }

    public int getCountdownSeconds() {
        return countdownSeconds.get();
    }

    public ReadOnlyStringProperty countdownTextProperty() {
        return countdownText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public boolean isOffline() {
        return offline.get();
    }

    /** The state headline ("Paid", "Code expired", …). */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public String getStateText() {
        return stateText.get();
    }

    /** What the customer should do or expect now. */
    public ReadOnlyStringProperty instructionTextProperty() {
        return instructionText.getReadOnlyProperty();
    }

    public String getInstructionText() {
        return instructionText.get();
    }

    /** The engine's reason for a decline / failure / resolving state, else empty. */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    public String getDetailText() {
        return detailText.get();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public Tone getTone() {
        return tone.get();
    }

    /** True only for {@link CheckoutPhase#PAID}. */
    public ReadOnlyBooleanProperty paidProperty() {
        return paid.getReadOnlyProperty();
    }

    public boolean isPaid() {
        return paid.get();
    }

    /** True while there is nothing to show but "please wait" (creating, resolving). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public boolean isCanCancel() {
        return canCancel.get();
    }

    public ReadOnlyBooleanProperty canNewCodeProperty() {
        return canNewCode.getReadOnlyProperty();
    }

    public boolean isCanNewCode() {
        return canNewCode.get();
    }

    public ReadOnlyBooleanProperty canFinishProperty() {
        return canFinish.getReadOnlyProperty();
    }

    public boolean isCanFinish() {
        return canFinish.get();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public boolean isTraining() {
        return training.get();
    }

    public Watermark getWatermark() {
        return watermark;
    }
}
