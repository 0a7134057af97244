package com.calltriage.bench;

import java.util.ArrayList;
import java.util.List;

/** The durations of one kind of request, in the order they were taken. */
final class Samples {
    private final String name;
    private final List<Long> nanos = new ArrayList<>();

    Samples(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double p99Millis() {
        return percentileMillis(99);
    }

    /** Nearest rank: the smallest sample that at least {@code percent}% of the samples do not exceed. */
    private double percentileMillis(int percent) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("No samples of " + name);
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }
}
