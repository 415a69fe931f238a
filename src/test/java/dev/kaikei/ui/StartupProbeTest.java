package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StartupProbe: time since the process started")
class StartupProbeTest {

    @Test
    @DisplayName("agrees with the JVM's own uptime to a few clock ticks (the JVM starts just after the process;"
            + " ProcessHandle's start instant was off by up to a second)")
    void sinceProcessStartIsTheProcessAge() {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceStart = StartupProbe.sinceProcessStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();

        // The process is older than its JVM by the launcher's and the JVM's own start (about 10 ms here), never
        // younger by more than the 10 ms tick of each of the two /proc figures. The old figure was 183 ms too old.
        assertThat(sinceStart).isBetween(jvmUptime - 30, jvmUptimeAfter + 120);
    }
}
