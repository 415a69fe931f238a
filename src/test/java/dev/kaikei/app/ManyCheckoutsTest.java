package dev.kaikei.app;

import static dev.kaikei.app.ShippedCounter.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.testing.VerifiedGc;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.testing.ImageDecoding;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkout after checkout through the app as it ships (the real composition root in training mode, the real window,
 * headless): memory stays flat because nothing of a finished checkout stays reachable and every code is drawn into
 * the same image. (The figures: {@code dev.kaikei.bench.UiChargeToQrBenchmark}.)
 */
@DisplayName("Many checkouts through the shipped window")
class ManyCheckoutsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private ShippedCounter app;

    @BeforeEach
    void open() {
        app = ShippedCounter.open(dir, Duration.ofMillis(50), "sound.enabled=false\n");
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Charge → the code on screen; returns the screen's QR view. */
    private QrView charge(long yen) {
        onFx(() -> {
            app.keyAmount(yen);
            app.press("#charge-button");
            return null;
        });
        await().atMost(WAIT).until(() -> onFx(() -> app.window().checkout().isPresent()
                && app.window().scene().lookup("#qr-view") instanceof QrView qr && qr.isShowingCode()));
        return onFx(() -> (QrView) app.window().scene().lookup("#qr-view"));
    }

    /** The customer pays, Paid shows, the keypad returns. */
    private void payAndReturn() {
        app.pay(app.shownCode());
        await().atMost(WAIT).until(() -> onFx(() -> app.window().checkout()
                .map(vm -> vm.getPhase() == CheckoutPhase.PAID).orElse(false)));
        onFx(() -> {
            app.returnToKeypad();
            return null;
        });
    }

    @Test
    @DisplayName("the next checkout's code is drawn into the same image as the last one's, and reads as the new code")
    void everyCodeIsDrawnIntoTheSameImage() {
        QrView first = charge(101);
        Image firstImage = onFx(() -> first.imageView().getImage());
        String firstUrl = app.shownCode();
        assertThat(onFx(() -> ImageDecoding.decodeQr(firstImage))).isEqualTo(firstUrl);
        payAndReturn();

        QrView second = charge(102);
        String secondUrl = app.shownCode();
        ImageDecoding.savePng(onFx(() -> app.window().scene().snapshot(null)), "many-checkouts-second-qr");
        assertThat(second).as("each checkout has its own screen").isNotSameAs(first);
        assertThat(onFx(() -> second.imageView().getImage())).as("but not its own image").isSameAs(firstImage);
        assertThat(secondUrl).isNotEqualTo(firstUrl);
        assertThat(onFx(() -> ImageDecoding.decodeQr(firstImage))).as("the image shows the new code")
                .isEqualTo(secondUrl);
        payAndReturn();
    }

    @Test
    @DisplayName("a finished checkout's view model and screens are collected once later checkouts have replaced them")
    void finishedCheckoutsLeaveNothingReachable() {
        charge(201);
        Map<String, WeakReference<Object>> firstCheckout = onFx(() -> {
            CheckoutViewModel vm = app.window().checkout().orElseThrow();
            Node customerView = app.window().scene().lookup("#customer-view");
            Node qr = app.window().scene().lookup("#qr-view");
            assertThat(List.of(customerView, qr)).doesNotContainNull();
            return Map.of("view model", new WeakReference<>(vm), "customer view", new WeakReference<>(customerView),
                    "QR view", new WeakReference<>(qr), "engine's checkout", new WeakReference<>(vm.checkout()));
        });
        payAndReturn();
        // More checkouts: whatever the window keeps of "the last one" (focus, the previous screen) moves on.
        for (long yen = 202; yen <= 204; yen++) {
            charge(yen);
            payAndReturn();
        }

        await().atMost(WAIT).untilAsserted(() -> {
            VerifiedGc.liveHeapBytes();
            assertThat(firstCheckout.entrySet().stream().filter(e -> e.getValue().get() != null).map(Map.Entry::getKey))
                    .as("still reachable after a full collection").isEmpty();
        });
    }
}
