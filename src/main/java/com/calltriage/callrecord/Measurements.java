package com.calltriage.callrecord;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The metrics Graph reported for one stream, device or network. A metric Graph did not send
 * (or sent as "NaN") is absent, never zero: "no data" and "perfect" must stay different.
 */
public final class Measurements {
    private static final Measurements NONE = new Measurements(new EnumMap<>(Metric.class));

    private final Map<Metric, Double> values;

    private Measurements(EnumMap<Metric, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Measurements none() {
        return NONE;
    }

    public static Measurements of(Map<Metric, Double> values) {
        return values.isEmpty() ? NONE : new Measurements(new EnumMap<>(values));
    }

    public OptionalDouble get(Metric metric) {
        Double value = values.get(metric);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean has(Metric metric) {
        return values.containsKey(metric);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** All reported values, in the declaration order of {@link Metric}. */
    public Map<Metric, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Measurements m && m.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
