package com.calltriage.card;

import com.calltriage.command.Fact;
import com.calltriage.command.SessionView;
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
        for (SessionView.Side side : session.sides()) {
            ObjectNode who = Cards.plain(side.who());
            Cards.run(who).put("weight", "Bolder").put("color", "Accent");
            who.put("spacing", "Small");
            items.add(who);
            if (side.facts().isEmpty()) {
                items.add(Cards.subtle("Nothing reported."));
            }
            side.facts().forEach(fact -> items.add(fact(fact)));
        }
        container.put("separator", true);
        container.put("spacing", "Medium");
        return container;
    }

    private static ObjectNode fact(Fact fact) {
        ObjectNode line = Cards.labelled(fact.label(), fact.value());
        if (fact.mark() != null) {
            ((ObjectNode) line.get("inlines").get(1)).put("color", Badges.colorOf(fact.mark()));
        }
        return line;
    }
}
