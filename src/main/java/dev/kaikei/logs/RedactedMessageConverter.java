package dev.kaikei.logs;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log message with secrets masked ({@code %redactedMsg} in {@code logback.xml}); see {@link LogRedaction}. */
public final class RedactedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogRedaction.redact(event.getFormattedMessage());
    }
}
