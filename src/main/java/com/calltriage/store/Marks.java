package com.calltriage.store;

import java.util.Collections;

/** The parameter marks of a statement's list of values: {@code ?, ?, ?}. */
final class Marks {
    private Marks() {
    }

    /** As many marks as values, comma-separated. */
    static String of(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
