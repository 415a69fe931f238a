package dev.kaikei.logs;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line, with secrets masked ({@link LogRedaction}) in the message and in the stack trace (exception messages
 * can quote a request line or a header just as messages can). Two styles: the terminal's short line and the file's
 * full one (date with offset, thread).
 */
final class LogLayout extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter CONSOLE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final String NEWLINE = System.lineSeparator();

    private final boolean full;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TargetLengthBasedClassNameAbbreviator abbreviator;

    private LogLayout(boolean full) {
        this.full = full;
        this.abbreviator = new TargetLengthBasedClassNameAbbreviator(full ? 36 : 24);
    }

    /** {@code 2026-03-01T12:00:00.000+09:00 INFO  [main] d.k.app.AppContext - message}. */
    static LogLayout file() {
        return new LogLayout(true);
    }

    /** {@code 12:00:00.000 WARN  d.k.app.AppContext - message}. */
    static LogLayout console() {
        return new LogLayout(false);
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(128);
        Instant at = Instant.ofEpochMilli(event.getTimeStamp());
        sb.append((full ? FILE_TIME : CONSOLE_TIME).format(at.atZone(zone))).append(' ');
        String level = event.getLevel().toString();
        sb.append(level).append(" ".repeat(Math.max(1, 6 - level.length())));
        if (full) {
            sb.append('[').append(event.getThreadName()).append("] ");
        }
        sb.append(abbreviator.abbreviate(event.getLoggerName())).append(" - ");
        sb.append(LogRedaction.redact(event.getFormattedMessage())).append(NEWLINE);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            sb.append(LogRedaction.redact(ThrowableProxyUtil.asString(thrown))).append(NEWLINE);
        }
        return sb.toString();
    }
}
