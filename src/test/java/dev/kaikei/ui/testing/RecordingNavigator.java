package dev.kaikei.ui.testing;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.ui.common.Navigator;
import java.util.ArrayList;
import java.util.List;

/** A {@link Navigator} that records where the view models sent the cashier. */
public final class RecordingNavigator implements Navigator {

    public record Shown(Checkout checkout, ChargeRequest request) {
    }

    private final List<Shown> checkouts = new ArrayList<>();
    private int chargeShown;

    @Override
    public void showCheckout(Checkout checkout, ChargeRequest request) {
        checkouts.add(new Shown(checkout, request));
    }

    @Override
    public void showCharge() {
        chargeShown++;
    }

    public List<Shown> checkouts() {
        return checkouts;
    }

    public int chargeShown() {
        return chargeShown;
    }
}
