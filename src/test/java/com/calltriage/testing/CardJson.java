package com.calltriage.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Reads a rendered Adaptive Card the way a reader sees it: the texts of its elements, whatever their nesting. */
public final class CardJson {
    private CardJson() {
    }

    /** The texts of every element of these types (TextBlock, TextRun, ...) in or under the node, in card order. */
    public static List<String> textsOf(JsonNode node, String... types) {
        Set<String> wanted = Set.of(types);
        return node.findParents("type").stream().filter(n -> wanted.contains(n.path("type").asText()))
                .map(n -> n.path("text").asText()).toList();
    }
}
