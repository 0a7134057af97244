package com.calltriage.demo;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * How Graph writes the numbers of a call record: durations as ISO-8601 to the millisecond, ratios and
 * rates with a few decimals. Rounding when a value is drawn keeps the demo files readable.
 */
final class GraphNumbers {
    private GraphNumbers() {
    }

    static String duration(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000)).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
