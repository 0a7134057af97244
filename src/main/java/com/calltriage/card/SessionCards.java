package com.calltriage.card;

import com.calltriage.calls.report.Fact;
import com.calltriage.calls.report.SessionView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sessions as engineers see them: the session's facts, then each side's machine, devices and network. */
final class SessionCards {
    private SessionCards() {
    }

    static ObjectNode session(SessionView session) {
        ObjectNode container = Cards.container(Cards.bold(session.title()),
                Cards.subtle(CardText.localDateTime(session.start())
                        + (session.end() == null ? "" : " to " + CardText.localDateTime(session.end()))));
        ArrayNode items = Cards.items(container);
        session.facts().forEach(fact -> items.add(fact(fact)));
        session.sides().forEach(side -> side(items, side));
        container.put("separator", true);
        container.put("spacing", "Medium");
        return container;
    }

    /** A side under its name in the accent colour; facts about no one in particular need no name. */
    static void side(ArrayNode items, SessionView.Side side) {
        if (side.who() != null) {
            items.add(who(side.who()));
            if (side.facts().isEmpty()) {
                items.add(Cards.subtle("Nothing reported."));
            }
        }
        side.facts().forEach(fact -> items.add(fact(fact)));
    }

    /** A person's or a service's name heading what is about them. */
    static ObjectNode who(String who) {
        ObjectNode heading = Cards.plain(who);
        Cards.run(heading).put("weight", "Bolder").put("color", "Accent");
        heading.put("spacing", "Small");
        return heading;
    }

    private static ObjectNode fact(Fact fact) {
        ObjectNode line = Cards.labelled(fact.label(), fact.value());
        if (fact.mark() != null) {
            ((ObjectNode) line.get("inlines").get(1)).put("color", Badges.colorOf(fact.mark()));
        }
        return line;
    }
}
