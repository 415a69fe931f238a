package dev.kaikei.opa.model;

/** A request body with PayPay's {@code requestedAt} (epoch seconds), which the client fills in when null. */
public interface Timestamped<T> {

    Long requestedAt();

    T withRequestedAt(long epochSecond);
}
