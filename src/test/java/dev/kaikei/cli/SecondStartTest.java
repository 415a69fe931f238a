package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("kaikei (the cashier app) started a second time on the same journal")
class SecondStartTest extends CliFixture {

    @Test
    @DisplayName("focuses the running app and exits 0")
    void focusesTheRunningApp() {
        AtomicInteger focused = new AtomicInteger();
        try (AppContext running = AppContext.open(TestPayPay.load(dir, config), options())) {
            running.onFocusRequest(focused::incrementAndGet);
            Run second = run();
            assertThat(second.code()).isZero();
            assertThat(second.out()).contains("focused the running app");
            assertThat(focused).hasValue(1);
        }
    }

    @Test
    @DisplayName("held by a command without a window: exit 75 with a clear message")
    void heldByACommand() {
        try (AppContext running = AppContext.open(TestPayPay.load(dir, config), options())) {
            assertThat(running).isNotNull();
            Run second = run();
            assertThat(second.code()).isEqualTo(ExitCodes.IN_USE);
            assertThat(second.err()).contains("in use by another Kaikei process", "a command that moves money");
        }
    }
}
