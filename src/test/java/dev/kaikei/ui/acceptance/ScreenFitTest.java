package dev.kaikei.ui.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.till.CashDrawer;
import dev.kaikei.till.CashSales;
import dev.kaikei.till.Till;
import dev.kaikei.ui.ShellModel.Section;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.testing.Fx;
import dev.kaikei.ui.testing.ScreenFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen at the counter screens Kaikei supports, in logical pixels: 1024 x 600 and 1280 x 800 tablets, a
 * 1920 x 1080 display, and those at 150 % and 200 % scaling (1280 x 720, 853 x 533, 960 x 540). Nothing may be cut
 * off (outside the window and not in a scrolling area) or shortened with "…", and the keypad keys stay at least
 * 64 px where the screen has the room. Snapshots go to target/screenshots/fit-*.png.
 */
@DisplayName("Every screen fits every supported screen size")
class ScreenFitTest extends EngineScreensTest {

    private static final double MIN_KEY = 64;
    /** A café's dozen quick keys (the Charge screen with its sale lines, as a shop runs it). */
    private static final QuickKeys KEYS = QuickKeys.parse("""
            Latte=450@8
            Cappuccino=480@8
            Espresso=350@8
            Matcha latte=520@8
            Iced tea=400@8
            Orange juice=450@8
            Croissant=280@8
            Scone=320@8
            Sandwich=650@8
            Cookie=200@8
            Mug=1500@10
            Beans 200 g=1800@8
            """, QuickKey.DEFAULT_KEYPAD);

    /**
     * As the app runs: quick keys and tax policy, cash sales (the Cash key, the till's cash refund), the till (its
     * section) and PayPay's file (End of day's panel).
     */
    @Override
    protected UiServices.Builder moreServices(UiServices.Builder builder) {
        return builder.selling(KEYS, TaxPolicy.DEFAULT).till(new Till(journal, clock, "Café Kaikei", "T1"))
                .cash(new CashSales(journal, clock, CashDrawer.NONE, "T1"))
                .paypayFiles(new TransactionFiles(journal, Set.of("T1")));
    }

    private void resize(double width, double height) {
        Fx.fx(() -> {
            // At the screen's corner, so the robot's clicks land on it at every size.
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(width);
            window.stage().setHeight(height);
            return null;
        });
        await().until(() -> Fx.fx(() -> window.scene().getWidth() == width && window.scene().getHeight() == height));
    }

    private void open(Section section) {
        Fx.fx(() -> window.openSection(section));
        await().until(() -> Fx.fx(() -> {
            Node button = window.scene().lookup("#" + section.navId());
            return button instanceof ToggleButton t && t.isSelected();
        }));
    }

    /** Snapshots the window as {@code fit-NAME-WxH.png} and returns what does not fit, each line named. */
    private List<String> fit(String name, int width, int height) {
        Fx.screenshot(window.scene(), "fit-" + name + "-" + width + "x" + height);
        return Fx.fx(() -> ScreenFit.problems(window.scene())).stream().map(p -> name + ": " + p).toList();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1024, 600", "1280, 800", "1920, 1080", "1280, 720", "960, 540", "853, 533"})
    @DisplayName("every section lays out without anything cut off")
    void sections(int width, int height) {
        resize(width, height);
        List<String> problems = new ArrayList<>();
        for (Section section : Section.values()) {
            open(section);
            problems.addAll(fit(section.name().toLowerCase(Locale.ROOT), width, height));
        }
        assertThat(problems).as("at %d x %d", width, height).isEmpty();
        open(Section.CHARGE);
        List<Double> keys = Fx.fx(() -> ScreenFit.keySizes(window.scene()));
        if (height >= 600) {
            assertThat(keys).as("keypad keys at %d x %d", width, height).allMatch(k -> k >= MIN_KEY);
        }
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1024, 600", "1280, 800", "1920, 1080", "960, 540", "853, 533"})
    @DisplayName("the checkout: the QR as large as the window allows, crisp, nothing cut off")
    void checkout(int width, int height) {
        resize(width, height);
        keyAndCharge("1200");
        codeIdOnScreen();
        await().until(() -> Fx.fx(() -> window.scene().lookup("#qr-view") != null
                && ((dev.kaikei.ui.common.QrView) window.scene().lookup("#qr-view")).isShowingCode()));
        assertThat(fit("checkout", width, height)).isEmpty();
        double qr = Fx.fx(() -> ((dev.kaikei.ui.common.QrView) window.scene().lookup("#qr-view")).imageView()
                .getBoundsInParent().getWidth());
        // The code takes most of the shorter side of the window (what is left after the texts around it).
        assertThat(qr).as("QR side at %d x %d", width, height).isGreaterThan(Math.min(width, height) * 0.45);
        Fx.fx(() -> {
            ((Button) window.scene().lookup("#cancel-button")).fire();
            return null;
        });
    }
}
