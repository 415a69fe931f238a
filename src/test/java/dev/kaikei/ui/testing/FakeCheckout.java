package dev.kaikei.ui.testing;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.CheckoutStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A checkout whose status the test pushes by hand, as the engine would from its own threads. */
public final class FakeCheckout implements Checkout {

    private final String id;
    private final ChargeRequest request;
    private final List<Consumer<CheckoutStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger abandonCalls = new AtomicInteger();
    private volatile CheckoutStatus status;

    FakeCheckout(String id, ChargeRequest request) {
        this.id = id;
        this.request = request;
        this.status = status(CheckoutPhase.CREATING, null, null, false, "");
    }

    @Override
    public String merchantPaymentId() {
        return id;
    }

    @Override
    public CheckoutStatus status() {
        return status;
    }

    @Override
    public AutoCloseable subscribe(Consumer<CheckoutStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
        return () -> listeners.remove(listener);
    }

    @Override
    public void abandon() {
        abandonCalls.incrementAndGet();
    }

    public int abandonCalls() {
        return abandonCalls.get();
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** The code is up: the customer can scan {@code url} until {@code expiresAt}. */
    public void awaiting(String url, Instant expiresAt) {
        push(status(CheckoutPhase.AWAITING_PAYMENT, url, expiresAt, false, ""));
    }

    public void phase(CheckoutPhase phase) {
        push(status(phase, status.qrUrl().orElse(null), status.expiresAt().orElse(null), status.offline(), ""));
    }

    public void phase(CheckoutPhase phase, String detail) {
        push(status(phase, status.qrUrl().orElse(null), status.expiresAt().orElse(null), status.offline(), detail));
    }

    public void offline(boolean offline) {
        push(status(status.phase(), status.qrUrl().orElse(null), status.expiresAt().orElse(null), offline,
                status.detail()));
    }

    public void push(CheckoutStatus next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
    }

    private CheckoutStatus status(CheckoutPhase phase, String url, Instant expiresAt, boolean offline,
                                  String detail) {
        return new CheckoutStatus(id, request.amountYen(), request.description(), phase, Optional.ofNullable(url),
                Optional.ofNullable(url).map(u -> "paypay://" + id), Optional.ofNullable(expiresAt), offline, detail);
    }
}
