package com.calltriage.calls.report;

import com.calltriage.quality.Severity;
import java.util.List;

/**
 * Values side by side: a row per metric, a column per stream or per side, so the two directions of a call
 * or its two ends can be compared at a glance.
 *
 * @param caption  whose the table is, or which line when a tab holds several; may be null
 * @param headings the heading of the label column, then one per column of values
 * @param rows     in the order they are shown; every row has a cell per column of values
 */
public record FactTable(String caption, List<String> headings, List<Row> rows) {
    public FactTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /** A metric or an item and its value in each column. */
    public record Row(String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One value as shown.
     *
     * @param value the value with its unit; {@link #NOT_REPORTED} when this column has none
     * @param mark  RED or YELLOW when the value broke a rule; null otherwise
     */
    public record Cell(String value, Severity mark) {
        /** Shown where a column did not report a value that another column did: never a zero. */
        public static final String NOT_REPORTED = "–";

        static Cell of(String value) {
            return new Cell(value == null ? NOT_REPORTED : value, null);
        }
    }
}
