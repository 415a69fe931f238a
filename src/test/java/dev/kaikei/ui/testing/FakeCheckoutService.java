package dev.kaikei.ui.testing;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A hand-written stand-in for the payment engine: records each request and hands out {@link FakeCheckout}s. */
public final class FakeCheckoutService implements CheckoutService {

    private final List<ChargeRequest> requests = new CopyOnWriteArrayList<>();
    private final List<FakeCheckout> checkouts = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    private volatile List<dev.kaikei.payment.PaymentSummary> unresolved = List.of();

    @Override
    public Checkout start(ChargeRequest request) {
        if (failure != null) {
            throw failure;
        }
        requests.add(request);
        FakeCheckout checkout = new FakeCheckout("mp-" + (checkouts.size() + 1), request);
        checkouts.add(checkout);
        return checkout;
    }

    @Override
    public List<dev.kaikei.payment.PaymentSummary> unresolvedCheckouts() {
        return unresolved;
    }

    /** Earlier checkouts the engine reports as still being checked. */
    public void unresolved(List<dev.kaikei.payment.PaymentSummary> open) {
        unresolved = List.copyOf(open);
    }

    /** Makes the next calls to {@link #start} throw. */
    public void failWith(RuntimeException e) {
        failure = e;
    }

    public List<ChargeRequest> requests() {
        return requests;
    }

    public List<FakeCheckout> checkouts() {
        return checkouts;
    }

    public FakeCheckout last() {
        return checkouts.get(checkouts.size() - 1);
    }
}
