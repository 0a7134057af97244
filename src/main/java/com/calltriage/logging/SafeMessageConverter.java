package com.calltriage.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of a log line with its line breaks and other control characters escaped ({@code \n}, {@code \r},
 * {@code \u001b}). Log lines carry values from requests (tenant ids, names, typed text, subscription ids); a line
 * break in one would start a forged line that an operator, or a log collector, reads as the service's own.
 * Registered for {@code %m}, {@code %msg} and {@code %message} in logback-spring.xml, so every logger is covered,
 * not only the calls someone remembered to escape.
 */
public class SafeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    static String escape(String message) {
        if (message == null || message.chars().noneMatch(SafeMessageConverter::isControl)) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16);
        for (char c : message.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(isControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** Tab is harmless in a line; every other C0 or C1 control, DEL, and the Unicode line separators are not. */
    private static boolean isControl(int c) {
        return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
    }
}
