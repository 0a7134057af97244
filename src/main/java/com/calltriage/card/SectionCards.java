package com.calltriage.card;

import com.calltriage.calls.report.DebugSession;
import com.calltriage.calls.report.FactTable;
import com.calltriage.calls.report.SessionSection;
import com.calltriage.quality.Severity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * A session on the debug card as the Session details report shows it: a line naming it, then a button per tab
 * that folds the tab open beneath it. Every tab starts folded, so a long session still opens as a short list.
 */
final class SectionCards {
    /** The label column is wider than a value column: "Concealed samples (average)" is longer than "12 ms". */
    private static final int LABEL_WEIGHT = 4;
    private static final int VALUE_WEIGHT = 3;

    private SectionCards() {
    }

    /**
     * The session's heading, to which its tabs are added: who connected to whom, and when.
     *
     * @param id      the session's element id, which its tabs' ids start with
     * @param visible whether the session shows before its button is pressed
     */
    static ObjectNode session(DebugSession session, String id, boolean visible) {
        ObjectNode container = Cards.container(Cards.bold(session.title()),
                Cards.subtle(CardText.localDateTime(session.start())
                        + (session.end() == null ? "" : " to " + CardText.localDateTime(session.end()))));
        container.put("id", id);
        container.put("isVisible", visible);
        container.put("separator", true);
        container.put("spacing", "Medium");
        return container;
    }

    /** A tab as its button and, folded beneath it, its content: two elements of the session's items. */
    static List<ObjectNode> tab(SessionSection section, String sessionId) {
        String id = sessionId + "-" + section.tab().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return List.of(Cards.actionSet(Cards.toggle(title(section), id)), section(section, id));
    }

    /** Says which tabs did not fit, so an engineer knows the card is not the whole story. */
    static ObjectNode tabsLeftOff(List<SessionSection> sections) {
        return Cards.subtle("Left off to keep the card within Teams' size limit: " + String.join(", ",
                sections.stream().map(section -> section.tab().label()).toList()) + ".");
    }

    /** "Audio streams (1 red, 2 yellow)": a folded tab still says whether it holds trouble. */
    private static String title(SessionSection section) {
        long red = section.marked(Severity.RED);
        long yellow = section.marked(Severity.YELLOW);
        if (red + yellow == 0) {
            return section.tab().label();
        }
        String marks = red == 0 ? yellow + " yellow" : yellow == 0 ? red + " red" : red + " red, " + yellow + " yellow";
        return section.tab().label() + " (" + marks + ")";
    }

    private static ObjectNode section(SessionSection section, String id) {
        ObjectNode container = Cards.container();
        ArrayNode items = Cards.items(container);
        section.sides().forEach(side -> SessionCards.side(items, side));
        section.tables().forEach(table -> table(items, table));
        container.put("id", id);
        container.put("isVisible", false);
        container.put("spacing", "None");
        return container;
    }

    /**
     * A table as two column sets with the same widths: the headings, which may wrap (names are long), then the
     * rows, one line each so that a row's label and values stay side by side.
     */
    private static void table(ArrayNode items, FactTable table) {
        if (table.caption() != null) {
            items.add(SessionCards.who(table.caption()));
        }
        ObjectNode headings = Cards.columns();
        ObjectNode rows = Cards.columns();
        for (int i = 0; i < table.headings().size(); i++) {
            ObjectNode heading = Cards.bold(table.headings().get(i));
            Cards.run(heading).put("isSubtle", true);
            ((ArrayNode) headings.get("columns")).add(column(i, heading));
            ObjectNode column = column(i);
            for (FactTable.Row row : table.rows()) {
                Cards.items(column).add(i == 0 ? label(row.label()) : cell(row.cells().get(i - 1)));
            }
            ((ArrayNode) rows.get("columns")).add(column);
        }
        headings.put("spacing", "Small");
        rows.put("spacing", "None");
        items.add(headings);
        items.add(rows);
    }

    private static ObjectNode column(int index, ObjectNode... items) {
        ObjectNode column = Cards.column("stretch", items);
        column.put("width", index == 0 ? LABEL_WEIGHT : VALUE_WEIGHT);
        return column;
    }

    /** Text markdown leaves alone, on one line: a wrapped cell would push its row out of line with the others. */
    private static ObjectNode label(String text) {
        ObjectNode label = Cards.NODES.objectNode();
        label.put("type", "TextBlock");
        label.put("text", text);
        return label;
    }

    /**
     * A value in red or yellow when it broke a rule. Most values are numbers, which markdown leaves alone and a
     * TextBlock holds in half the bytes of a text run; anything else is printed as a text run, exactly as reported.
     */
    private static ObjectNode cell(FactTable.Cell cell) {
        if (CardText.printsAsTyped(cell.value())) {
            ObjectNode value = label(cell.value());
            if (cell.mark() != null) {
                value.put("color", Badges.colorOf(cell.mark()));
            }
            return value;
        }
        ObjectNode value = Cards.plain(cell.value());
        if (cell.mark() != null) {
            Cards.run(value).put("color", Badges.colorOf(cell.mark()));
        }
        return value;
    }
}
