package com.calltriage.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Small builders for Adaptive Card 1.5 elements, as Jackson trees: values are set, never spliced into JSON. */
final class Cards {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /**
     * Teams refuses a bot message over about 28 KB, card and activity together; cards whose length
     * depends on the data (sessions of a meeting) stop adding to it here, leaving room for the rest.
     */
    static final int MAX_CARD_BYTES = 25 * 1024;

    private Cards() {
    }

    static ObjectNode card() {
        ObjectNode card = NODES.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.putObject("msteams").put("width", "Full");
        card.putArray("body");
        return card;
    }

    /** The size of an element as it goes over the wire, compact UTF-8 JSON. */
    static int bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    static ArrayNode body(ObjectNode card) {
        return (ArrayNode) card.get("body");
    }

    static ArrayNode actions(ObjectNode card) {
        return card.has("actions") ? (ArrayNode) card.get("actions") : card.putArray("actions");
    }

    static ObjectNode text(String text) {
        ObjectNode block = NODES.objectNode();
        block.put("type", "TextBlock");
        block.put("text", text);
        block.put("wrap", true);
        return block;
    }

    /**
     * Text shown exactly as given: a TextRun is never read as markdown, so names and other text from
     * users and Graph need no escaping and cannot change the card's formatting.
     */
    static ObjectNode plain(String text) {
        ObjectNode block = NODES.objectNode();
        block.put("type", "RichTextBlock");
        ObjectNode run = block.putArray("inlines").addObject();
        run.put("type", "TextRun");
        run.put("text", text == null ? "" : text);
        return block;
    }

    /** The one TextRun of a block made by {@link #plain}, to style it. */
    static ObjectNode run(ObjectNode richText) {
        return (ObjectNode) richText.get("inlines").get(0);
    }

    static ObjectNode bold(String text) {
        ObjectNode block = plain(text);
        run(block).put("weight", "Bolder");
        return block;
    }

    static ObjectNode heading(String text) {
        ObjectNode block = bold(text);
        run(block).put("size", "Medium");
        return block;
    }

    /** Small grey text of our own making (it may hold DATE and TIME functions, which only TextBlocks format). */
    static ObjectNode subtle(String text) {
        ObjectNode block = text(text);
        block.put("isSubtle", true);
        block.put("size", "Small");
        block.put("spacing", "None");
        return block;
    }

    /**
     * The line that says whom the name asked about was matched to ("Quinn Harlow, quinn.harlow@contoso.com"), added
     * under the subject when there is one. Plain text, for the name and the UPN come from Graph.
     */
    static void addMatched(ArrayNode body, String matched) {
        if (matched != null) {
            ObjectNode line = plain(matched);
            run(line).put("isSubtle", true).put("size", "Small");
            line.put("spacing", "None");
            body.add(line);
        }
    }

    static ObjectNode column(String width, ObjectNode... items) {
        ObjectNode column = holding("Column", "items", items);
        column.put("width", width);
        return column;
    }

    static ObjectNode columns(ObjectNode... columns) {
        return holding("ColumnSet", "columns", columns);
    }

    /** A button whose press sends the command text back, checked like anything typed. */
    static ObjectNode submit(String title, String command) {
        ObjectNode action = NODES.objectNode();
        action.put("type", "Action.Submit");
        action.put("title", title);
        action.putObject("data").put("command", command);
        return action;
    }

    /**
     * A labelled value on one line, as plain text runs: values from Graph (device names such as
     * "Microphone (Realtek(R) Audio)") print exactly as reported.
     */
    static ObjectNode labelled(String label, String value) {
        ObjectNode block = plain(label + ": ");
        run(block).put("weight", "Bolder");
        ObjectNode valueRun = ((ArrayNode) block.get("inlines")).addObject();
        valueRun.put("type", "TextRun");
        valueRun.put("text", value == null ? "" : value);
        block.put("spacing", "None");
        return block;
    }

    /** A row of buttons placed among the body's elements, close to what they act on. */
    static ObjectNode actionSet(ObjectNode... actions) {
        ObjectNode set = holding("ActionSet", "actions", actions);
        set.put("spacing", "Small");
        return set;
    }

    /** A button that shows the element with this id when it is hidden and hides it when it is shown. */
    static ObjectNode toggle(String title, String targetId) {
        ObjectNode action = NODES.objectNode();
        action.put("type", "Action.ToggleVisibility");
        action.put("title", title);
        action.putArray("targetElements").add(targetId);
        return action;
    }

    static ObjectNode container(ObjectNode... items) {
        return holding("Container", "items", items);
    }

    /** An element of the type with the given elements in its list property, in order. */
    private static ObjectNode holding(String type, String listName, ObjectNode... elements) {
        ObjectNode holder = NODES.objectNode();
        holder.put("type", type);
        ArrayNode list = holder.putArray(listName);
        for (ObjectNode element : elements) {
            list.add(element);
        }
        return holder;
    }

    static ArrayNode items(ObjectNode container) {
        return (ArrayNode) container.get("items");
    }

    static ObjectNode factSet() {
        ObjectNode facts = NODES.objectNode();
        facts.put("type", "FactSet");
        facts.putArray("facts");
        return facts;
    }

    static void fact(ObjectNode factSet, String title, String value) {
        ObjectNode fact = ((ArrayNode) factSet.get("facts")).addObject();
        fact.put("title", title);
        fact.put("value", value);
    }
}
