package com.calltriage.calls.report;

import com.calltriage.quality.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One tab of a session on the debug card: labelled facts per person (machines, networks, feedback) and
 * tables where values are compared side by side (a stream each way, each side's events).
 *
 * @param tab    which tab of the Session details report this is
 * @param sides  facts under a heading each, usually a person; a null heading is about the session as a whole
 * @param tables metrics as rows against streams or sides as columns
 */
public record SessionSection(SessionTab tab, List<SessionView.Side> sides, List<FactTable> tables) {
    public SessionSection {
        sides = List.copyOf(sides);
        tables = List.copyOf(tables);
    }

    /** How many values in the tab broke a rule of this severity, to say so on its folded button. */
    public long marked(Severity severity) {
        Stream<Severity> facts = sides.stream().flatMap(side -> side.facts().stream()).map(Fact::mark);
        Stream<Severity> cells = tables.stream().flatMap(table -> table.rows().stream())
                .flatMap(row -> row.cells().stream()).map(FactTable.Cell::mark);
        return Stream.concat(facts, cells).filter(Objects::nonNull).filter(severity::equals).count();
    }
}
