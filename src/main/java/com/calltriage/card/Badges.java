package com.calltriage.card;

import com.calltriage.quality.Severity;
import com.calltriage.quality.Verdict;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The coloured parts of the cards: verdict badges and red / yellow reasons. */
final class Badges {
    private Badges() {
    }

    /** Good in green, Poor in red, Unavailable in grey: a badge as a small emphasised container. */
    static ObjectNode verdict(Verdict verdict) {
        ObjectNode label = Cards.bold(verdict.label());
        ObjectNode run = Cards.run(label);
        run.put("color", switch (verdict) {
            case GOOD -> "Good";
            case POOR -> "Attention";
            case UNAVAILABLE -> "Default";
        });
        if (verdict == Verdict.UNAVAILABLE) {
            run.put("isSubtle", true);
        }
        label.put("horizontalAlignment", "Right");
        return label;
    }

    /** A reason with a coloured marker: red for a likely main cause, yellow for outside the normal range. */
    static ObjectNode reason(Severity severity, String text) {
        String marker = switch (severity) {
            case RED -> "Red";
            case YELLOW -> "Yellow";
            case NOTE -> "Note";
        };
        ObjectNode markerText = Cards.bold(marker);
        Cards.run(markerText).put("color", colorOf(severity));
        ObjectNode line = Cards.columns(Cards.column("50px", markerText), Cards.column("stretch",
                Cards.plain(text)));
        line.put("spacing", "Small");
        return line;
    }

    /** Red values in the card's attention colour, yellow ones in its warning colour. */
    static String colorOf(Severity severity) {
        return switch (severity) {
            case RED -> "Attention";
            case YELLOW -> "Warning";
            case NOTE -> "Default";
        };
    }
}
