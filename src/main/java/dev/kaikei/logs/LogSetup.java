package dev.kaikei.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Kaikei's logging, set up in code when logback starts (found through {@code META-INF/services}): the file
 * {@code kaikei.log} in the log directory ({@link LogFiles}) gets INFO and up, at most 5 files of 5 MB so a shop PC
 * never fills its disk; the terminal (stderr) gets warnings and errors only, so a command's result on stdout stays
 * readable ({@link ConsoleLog#showInfo()} for {@code --verbose}). Messages and stack traces are masked
 * ({@link LogRedaction}). In code rather than {@code logback.xml}: parsing the XML costs the cashier app a noticeable
 * part of its start-up. An explicit logback configuration still wins ({@code -Dlogback.configurationFile}, or a
 * {@code logback-test.xml} on the class path, as in the tests).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String FILE_APPENDER = "FILE";
    private static final int KEPT_FILES = 4;
    private static final String MAX_FILE_SIZE = "5MB";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, LogFiles.directory());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: the rolling file in {@code dir} and the terminal. */
    static void apply(LoggerContext context, Path dir) {
        ownerOnly(dir);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file(context, dir));
        root.addAppender(console(context));
        // JavaFX reports its own harmless notices at INFO and WARN (e.g. CSS lookups).
        context.getLogger("javafx").setLevel(Level.ERROR);
        // PDFBox and its font parser warn about font tables they skip (e.g. cmap format 14); receipts print fine.
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, Path dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.setFile(dir.resolve("kaikei.log").toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("kaikei.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, LogLayout.file()));
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(ConsoleLog.APPENDER);
        console.setTarget("System.err");
        console.addFilter(ConsoleLog.threshold(context, Level.WARN));
        console.setEncoder(encoder(context, LogLayout.console()));
        console.start();
        return console;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, LogLayout layout) {
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    /** The log folder is the user's alone: log lines name payments and amounts. Best effort (not on Windows). */
    private static void ownerOnly(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // The appender reports what really fails (it cannot write the file); a folder kept open is no reason to
            // run without a log.
        }
    }
}
