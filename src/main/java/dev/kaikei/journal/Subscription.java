package dev.kaikei.journal;

/** A registered listener; closing it stops further deliveries. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
