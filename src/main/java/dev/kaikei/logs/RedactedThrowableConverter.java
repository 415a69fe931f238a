package dev.kaikei.logs;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * The stack trace with secrets masked ({@code %redactedEx} in {@code logback.xml}): exception messages can quote a
 * request line or a header just like log messages can.
 */
public final class RedactedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return LogRedaction.redact(super.throwableProxyToString(tp));
    }
}
