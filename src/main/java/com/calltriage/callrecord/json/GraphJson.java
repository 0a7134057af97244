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

    /**
     * A duration in milliseconds. Graph sends ISO-8601 ({@code PT0.045S}); a plain number is read as
     * seconds, the unit of those durations.
     */
    /** Graph ends a call after 30 hours at most; a measured duration beyond a week is corrupt, not long. */
    private static final Duration LONGEST = Duration.ofDays(7);

    static Double durationMillis(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String where = path + "." + field;
        if (node.isNumber()) {
            return node.doubleValue() * 1000.0;
        }
        String text = node.asText().trim();
        if (text.startsWith("P") || text.startsWith("-P")) {
            Duration duration;
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new InvalidCallRecordException(where + ": '" + text + "' is not an ISO-8601 duration");
            }
            if (duration.abs().compareTo(LONGEST) > 0) {
                throw new InvalidCallRecordException(where + ": '" + text + "' is longer than any call lasts");
            }
            return duration.getSeconds() * 1000.0 + duration.getNano() / 1_000_000.0;
        }
        Double seconds = parseNumber(text, where);
        return seconds == null ? null : seconds * 1000.0;
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
