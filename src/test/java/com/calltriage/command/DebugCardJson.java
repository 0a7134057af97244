package com.calltriage.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.CardJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the debug card's tabs and tables from its JSON as an engineer sees them. */
final class DebugCardJson {
    static final String UNMARKED = "none";

    private DebugCardJson() {
    }

    /** A value as the engineer sees it: its text and its colour, "none" when it has none. */
    record Cell(String text, String colour) {
        static Cell of(JsonNode element) {
            JsonNode run = element.path("inlines").path(0);
            JsonNode styled = element.has("inlines") ? run : element;
            return new Cell(styled.path("text").asText(), styled.path("color").asText(UNMARKED));
        }
    }

    /** The first session, whose tabs' ids start with its own. */
    static JsonNode session(JsonNode card) {
        return byId(card, "session-1");
    }

    static JsonNode byId(JsonNode node, String id) {
        return node.findParents("id").stream().filter(n -> n.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No element " + id + " on the card"));
    }

    /** The buttons that fold the session's tabs open, in order. */
    static List<JsonNode> toggles(JsonNode session) {
        List<JsonNode> toggles = new ArrayList<>();
        session.path("items").forEach(item -> item.path("actions").forEach(action -> {
            if (action.path("type").asText().equals("Action.ToggleVisibility")) {
                toggles.add(action);
            }
        }));
        return toggles;
    }

    /** The column sets of a tab's first table: its headings, then its rows. */
    private static List<JsonNode> table(JsonNode tab) {
        List<JsonNode> sets = new ArrayList<>();
        tab.path("items").forEach(item -> {
            if (item.path("type").asText().equals("ColumnSet") && sets.size() < 2) {
                sets.add(item);
            }
        });
        assertThat(sets).as("a table in " + tab.path("id").asText()).hasSize(2);
        return sets;
    }

    /** The tabs' names on their buttons, without the count of red and yellow values. */
    static List<String> tabNames(JsonNode session) {
        return toggles(session).stream().map(toggle -> toggle.path("title").asText().replaceFirst(" \\(.*\\)$", ""))
                .toList();
    }

    /** The headings of a tab's first table: what the rows are, then each column's. */
    static List<String> headings(JsonNode tab) {
        List<String> headings = new ArrayList<>();
        table(tab).get(0).path("columns").forEach(c -> headings.add(Cell.of(c.path("items").get(0)).text()));
        return headings;
    }

    /** The row labels of a tab's first table. */
    static List<String> labels(JsonNode tab) {
        List<String> labels = new ArrayList<>();
        table(tab).get(1).path("columns").get(0).path("items").forEach(item -> labels.add(item.path("text").asText()));
        return labels;
    }

    /** The value cells of a table row, one per stream or end, found by the row's label. */
    static List<Cell> row(JsonNode card, String tab, String label) {
        JsonNode table = byId(card, "session-1-" + tab);
        int index = labels(table).indexOf(label);
        assertThat(index).as(label + " in " + tab).isNotNegative();
        List<Cell> cells = new ArrayList<>();
        JsonNode columns = table(table).get(1).path("columns");
        for (int i = 1; i < columns.size(); i++) {
            cells.add(Cell.of(columns.get(i).path("items").get(index)));
        }
        return cells;
    }

    static List<String> runs(JsonNode node) {
        return CardJson.textsOf(node, "TextRun");
    }

    static List<String> textBlocks(JsonNode node) {
        return CardJson.textsOf(node, "TextBlock");
    }

    /** Everything the node shows as text, in card order. */
    static List<String> texts(JsonNode node) {
        return CardJson.textsOf(node, "TextRun", "TextBlock");
    }
}
