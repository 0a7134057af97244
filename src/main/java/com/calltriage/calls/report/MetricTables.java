package com.calltriage.calls.report;

import com.calltriage.callrecord.Measurements;
import com.calltriage.callrecord.Metric;
import com.calltriage.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shape the metric tabs share: a column per stream or per end, a row per metric that any column reported,
 * so what Graph left out stays out; a column without the value another one has shows
 * {@link FactTable.Cell#NOT_REPORTED}, never a zero.
 */
final class MetricTables {
    private MetricTables() {
    }

    /**
     * A stream or an end of a media line as a column.
     *
     * @param heading whose it is, in plain words
     * @param metrics what it reported
     * @param marks   how the rules rate those values
     * @param texts   values that are not metrics (a codec), by row label; may be empty
     */
    record Column(String heading, Measurements metrics, Map<Metric, Severity> marks, Map<String, String> texts) {
        Column(String heading, Measurements metrics, Map<Metric, Severity> marks) {
            this(heading, metrics, marks, Map.of());
        }

        /** Whether the column has anything to show among these metrics or its texts. */
        boolean reportsAny(Predicate<Metric> shown) {
            return texts.values().stream().anyMatch(Objects::nonNull)
                    || metrics.asMap().keySet().stream().anyMatch(shown);
        }

        FactTable.Cell cell(Metric metric) {
            return metrics.get(metric).isPresent()
                    ? new FactTable.Cell(ReasonText.format(metric, metrics.get(metric).getAsDouble()),
                    marks.get(metric))
                    : FactTable.Cell.of(null);
        }
    }

    /**
     * The table of these columns: text rows first, then a row per metric in the order given, only those some
     * column reported; columns that report none of them are left out. Empty when nothing is left.
     *
     * @param labelHeading what the rows are, heading the label column
     * @param textRows     labels of the non-metric rows, in order
     */
    static Optional<FactTable> table(String caption, String labelHeading, List<Column> columns, List<String> textRows,
                                     List<Metric> metrics) {
        List<Column> shown = columns.stream().filter(c -> c.reportsAny(metrics::contains)).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<FactTable.Row> rows = new ArrayList<>();
        for (String label : textRows) {
            List<String> values = shown.stream().map(c -> c.texts().get(label)).toList();
            if (values.stream().anyMatch(Objects::nonNull)) {
                rows.add(new FactTable.Row(label, values.stream().map(FactTable.Cell::of).toList()));
            }
        }
        for (Metric metric : metrics) {
            if (shown.stream().anyMatch(c -> c.metrics().has(metric))) {
                rows.add(new FactTable.Row(MetricWords.of(metric), shown.stream().map(c -> c.cell(metric)).toList()));
            }
        }
        List<String> headings = new ArrayList<>();
        headings.add(labelHeading);
        shown.forEach(c -> headings.add(c.heading()));
        return Optional.of(new FactTable(caption, headings, rows));
    }

    /** A tab of tables, or nothing when there are none; captions only where there is more than one table. */
    static Optional<SessionSection> section(SessionTab tab, List<FactTable> tables) {
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        List<FactTable> captioned = tables.size() > 1 ? tables
                : List.of(new FactTable(null, tables.get(0).headings(), tables.get(0).rows()));
        return Optional.of(new SessionSection(tab, List.of(), captioned));
    }
}
