package dev.kaikei.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's share of the log: {@link LogSetup} sends only warnings and errors to stderr, so a command's own output
 * on stdout reads clean; every INFO line still goes to the log file. {@code --verbose} shows INFO on stderr.
 */
public final class ConsoleLog {

    /** The name of the console appender ({@link LogSetup}). */
    static final String APPENDER = "STDERR";

    private ConsoleLog() {
    }

    /**
     * Lets INFO lines through to stderr from now on (the {@code --verbose} flag).
     *
     * @return false when the logging backend has no such console appender (e.g. a test's own logback configuration)
     */
    public static boolean showInfo() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return false;
        }
        Appender<ILoggingEvent> console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (console == null) {
            return false;
        }
        console.clearAllFilters();
        console.addFilter(threshold(context, Level.INFO));
        return true;
    }

    /** A started filter that lets {@code level} and above through. */
    static ThresholdFilter threshold(LoggerContext context, Level level) {
        ThresholdFilter filter = new ThresholdFilter();
        filter.setLevel(level.levelStr);
        filter.setContext(context);
        filter.start();
        return filter;
    }
}
