package dev.kaikei.logs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import dev.kaikei.config.ManagerPin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;

@DisplayName("Log files and redaction")
class LogRedactionTest {

    private static final String SECRET = "c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1sb2dnZWQ=";

    @Nested
    @DisplayName("LogRedaction.redact")
    class Redact {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "registered secret     | key=c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1sb2dnZWQ= end | key=**** end",
            "authorization header  | Authorization: hmac OPA-Auth:abc:MAC+/=:nonce:1700 x | Authorization: hmac OPA-Auth:**** x",
            "PIN hash              | manager.pinHash=pbkdf2$210000$c2FsdA$aGFzaA, next | manager.pinHash=pbkdf2$****, next",
            "harmless text         | Charged 1200 yen at T1 | Charged 1200 yen at T1",
        })
        void masks(String what, String text, String expected) {
            LogRedaction.register(SECRET);
            assertThat(LogRedaction.redact(text)).isEqualTo(expected);
        }

        @Test
        @DisplayName("very short values are not registered as secrets (they would garble every line)")
        void shortValuesIgnored() {
            LogRedaction.register("1");
            assertThat(LogRedaction.redact("1200 yen")).isEqualTo("1200 yen");
        }
    }

    @Test
    @DisplayName("a line holding the secret and a PIN hash reaches the log file and the console masked")
    void fileAndConsoleMasked(@TempDir Path dir) throws IOException {
        LogRedaction.register(SECRET);
        String pinHash = ManagerPin.hash("2468".toCharArray());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        try {
            context.setMDCAdapter(new LogbackMDCAdapter());
            LogSetup.apply(context, dir);
            // The console appender as configured (its encoder and layout), writing where the test can read it.
            ((OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"))
                    .setOutputStream(console);
            Logger log = context.getLogger("dev.kaikei.test");
            log.warn("secret is {} and hash {}", SECRET, pinHash);
            log.info("an INFO line, for the file only");
            log.warn("failed", new IllegalStateException("header hmac OPA-Auth:key:mac:nonce:1 secret " + SECRET));
        } finally {
            context.stop();
        }
        List<Path> files = LogFiles.in(dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("kaikei.log");
        String file = Files.readString(files.get(0));
        for (String out : List.of(file, console.toString(StandardCharsets.UTF_8))) {
            assertThat(out).contains("secret is **** and hash pbkdf2$****", "OPA-Auth:****",
                    "IllegalStateException").doesNotContain(SECRET, pinHash, "key:mac");
        }
        // The terminal gets warnings and errors only (a command's output stays readable); the file gets INFO too.
        assertThat(file).contains("an INFO line");
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("an INFO line");
    }

    @Test
    @DisplayName("the log folder is the user's alone (log lines name payments and amounts)")
    void folderOwnerOnly(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("logs");
        LoggerContext context = new LoggerContext();
        try {
            context.setMDCAdapter(new LogbackMDCAdapter());
            LogSetup.apply(context, dir);
            context.getLogger("dev.kaikei.test").info("hello");
        } finally {
            context.stop();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(Files.readString(dir.resolve("kaikei.log"))).contains("INFO  [main] dev.kaikei.test - hello");
    }

    @Test
    @DisplayName("an explicit logback configuration wins (here the tests' logback-test.xml): the setup steps aside")
    void explicitConfigurationWins() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
