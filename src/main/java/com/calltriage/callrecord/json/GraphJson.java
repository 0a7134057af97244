package com.calltriage.callrecord.json;


import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Lenient readers for the value forms Graph uses: numbers that may arrive as strings, "NaN" and
 * "INF", ISO-8601 durations and date-times. Absent or null fields read as null, never as zero. A
 * value of the wrong form fails with its JSON path so an importer can say exactly what is wrong.
 */
final class GraphJson {
    private GraphJson() {
    }

    static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            String value = node.asText();
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    static Double number(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return parseNumber(node.asText().trim(), path + "." + field);
        }
        throw new InvalidCallRecordException(path + "." + field + ": expected a number, got " + node);
    }

    private static Double parseNumber(String text, String path) {
        switch (text.toUpperCase(Locale.ROOT)) {
            case "", "NAN":
                return null;
            case "INF", "+INF", "INFINITY":
                return Double.POSITIVE_INFINITY;
            case "-INF", "-INFINITY":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new InvalidCallRecordException(path + ": '" + text + "' is not a number");
                }
        }
    }

    static Integer integer(JsonNode parent, String field, String path) {
        Double value = number(parent, field, path);
        return value == null || value.isInfinite() ? null : (int) Math.round(value);
    }

    static Boolean bool(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText();
        return "true".equalsIgnoreCase(text) ? Boolean.TRUE : "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
    }

    /** Graph ends a call after 30 hours at most; a measured duration beyond a week is corrupt, not long. */
    private static final Duration LONGEST = Duration.ofDays(7);

    /**
     * A duration in milliseconds. Graph sends ISO-8601 ({@code PT0.045S}); a plain number is read as
     * seconds, the unit of those durations.
     */
    static Double durationMillis(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue() * 1000.0;
        }
        String text = node.asText().trim();
        if (text.startsWith("P") || text.startsWith("-P")) {
            long nanos = secondsDurationNanos(text);
            Duration duration = nanos >= 0 ? null : isoDuration(text, path, field);
            if (nanos > LONGEST.toNanos() || duration != null && duration.abs().compareTo(LONGEST) > 0) {
                throw new InvalidCallRecordException(path + "." + field + ": '" + text
                        + "' is longer than any call lasts");
            }
            return duration == null
                    ? nanos / 1_000_000_000L * 1000.0 + nanos % 1_000_000_000L / 1_000_000.0
                    : duration.getSeconds() * 1000.0 + duration.getNano() / 1_000_000.0;
        }
        Double seconds = parseNumber(text, path + "." + field);
        return seconds == null ? null : seconds * 1000.0;
    }

    private static Duration isoDuration(String text, String path, String field) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidCallRecordException(path + "." + field + ": '" + text + "' is not an ISO-8601 duration");
        }
    }

    /** Whole seconds of the short form: nine digits still fit in a long as nanoseconds, and reach past a week. */
    private static final int MOST_SECOND_DIGITS = 9;
    private static final int NANO_DIGITS = 9;

    /**
     * The nanoseconds of the form Graph sends nearly every duration in, {@code PT} and seconds with up to nine
     * decimals ({@code PT0.045S}), read without {@link Duration#parse}'s regular expression: a record has dozens of
     * them and the expression was a tenth of an import's parsing. Any other form, a sign, minutes or hours included,
     * gives -1 and is left to {@link Duration#parse}, which reads these to the same value.
     */
    static long secondsDurationNanos(String text) {
        int last = text.length() - 1;
        if (last < 3 || !text.startsWith("PT") || text.charAt(last) != 'S') {
            return -1;
        }
        long seconds = 0;
        int i = 2;
        int wholeDigits = 0;
        while (i < last && isDigit(text.charAt(i))) {
            seconds = seconds * 10 + (text.charAt(i++) - '0');
            wholeDigits++;
        }
        if (wholeDigits == 0 || wholeDigits > MOST_SECOND_DIGITS) {
            return -1;
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (i < last && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            while (i < last && isDigit(text.charAt(i))) {
                fraction = fraction * 10 + (text.charAt(i++) - '0');
                fractionDigits++;
            }
            if (fractionDigits == 0 || fractionDigits > NANO_DIGITS) {
                return -1;
            }
        }
        if (i != last) {
            return -1;
        }
        for (int pad = fractionDigits; pad < NANO_DIGITS; pad++) {
            fraction *= 10;
        }
        return seconds * 1_000_000_000L + fraction;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Instant instant(JsonNode parent, String field, String path) {
        String text = text(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCallRecordException(path + "." + field + ": '" + text + "' is not an ISO-8601 date-time");
        }
    }

    /** Reads each element of an array field; an absent field is an empty list. */
    static <T> List<T> list(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> reader) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidCallRecordException(path + "." + field + ": expected a list");
        }
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element != null && element.isObject()) {
                result.add(reader.apply(element, path + "." + field + "[" + i + "]"));
            }
        }
        return result;
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isObject() ? node : null;
    }
}
