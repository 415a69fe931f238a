package dev.kaikei.opa;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Protocol;

/**
 * OkHttp's events of one call, as the time the call took (from its start to its end or failure) and whether it had to
 * open a new connection. The journal keeps the time as the call's latency; a new connection explains a slow one.
 * One timer rides along with each request as its tag, so the events reach the attempt that sent it.
 */
final class CallTimer extends EventListener {

    /** Gives each call the timer its request carries (none: no events are wanted). */
    static final EventListener.Factory FACTORY = call -> {
        CallTimer timer = call.request().tag(CallTimer.class);
        return timer != null ? timer : EventListener.NONE;
    };

    private volatile long startNanos;
    private volatile long endNanos;
    private volatile boolean connected;

    @Override
    public void callStart(Call call) {
        startNanos = System.nanoTime();
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
        connected = true;
    }

    @Override
    public void callEnd(Call call) {
        endNanos = System.nanoTime();
    }

    @Override
    public void callFailed(Call call, IOException e) {
        endNanos = System.nanoTime();
    }

    /** From the call's start to its end; zero if it never started. */
    Duration elapsed() {
        long start = startNanos;
        long end = endNanos;
        return start == 0 || end < start ? Duration.ZERO : Duration.ofNanos(end - start);
    }

    /** Whether this call opened a connection (DNS, TCP, TLS) rather than reusing a pooled one. */
    boolean newConnection() {
        return connected;
    }
}
