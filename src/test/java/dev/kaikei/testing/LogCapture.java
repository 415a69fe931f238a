package dev.kaikei.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the whole app (root logger, all levels) while open, so tests can assert what reached the
 * log, e.g. that a secret never did. Use with try-with-resources.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previousLevel;

    public LogCapture() {
        previousLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    /** Every captured line as the formatted message plus any exception text (the parts a log file would hold). */
    public List<String> lines() {
        // AppenderBase.doAppend adds to the list while holding the appender's own monitor: copy under that one.
        synchronized (appender) {
            return appender.list.stream().map(LogCapture::render).collect(Collectors.toList());
        }
    }

    public String all() {
        return String.join("\n", lines());
    }

    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
        var t = e.getThrowableProxy();
        while (t != null) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            t = t.getCause();
        }
        return sb.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
        appender.stop();
    }
}
