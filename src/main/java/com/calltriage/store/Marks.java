package com.calltriage.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The parameter marks of a statement's list of values ({@code ?, ?, ?}), and lists cut to fit one statement. */
final class Marks {
    /** The most values one {@code IN (...)} list is given: well under what PostgreSQL takes in one statement. */
    static final int MOST_PER_STATEMENT = 1000;

    private Marks() {
    }

    /** As many marks as values, comma-separated. */
    static String of(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The values in order, cut into lists of at most {@link #MOST_PER_STATEMENT}; none for no values. */
    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MOST_PER_STATEMENT) {
            chunks.add(values.subList(from, Math.min(values.size(), from + MOST_PER_STATEMENT)));
        }
        return chunks;
    }
}
