package com.calltriage.card;

import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.heading;
import static com.calltriage.card.Cards.subtle;

import com.calltriage.audit.AuditView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The audit trail for admins: one short block per question, newest first. */
final class AuditCard {
    private AuditCard() {
    }

    static ObjectNode of(AuditView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(heading("Questions asked" + (view.scope().isEmpty() ? "" : " " + view.scope())));
        Cards.addMatched(body, view.matched());
        String window = CardText.window(view.from(), view.to(), view.zone());
        body.add(subtle(Character.toUpperCase(window.charAt(0)) + window.substring(1) + ", newest first"
                + (view.limited() ? "; the newest " + view.rows().size() + " first, Older entries for the rest" : "")));
        if (view.note() != null) {
            body.add(subtle(view.note()));
        }
        if (view.rows().isEmpty()) {
            body.add(Cards.text("No questions match."));
        }
        for (AuditView.Row row : view.rows()) {
            ObjectNode who = Cards.plain(row.asker() + " (" + row.role() + "): " + row.command());
            Cards.run(who).put("weight", "Bolder");
            StringBuilder what = new StringBuilder(row.outcome());
            if (row.subject() != null) {
                what.append(" · about ").append(row.subject());
            }
            if (row.callId() != null) {
                what.append(" · call ").append(row.callId());
            }
            if (row.detail() != null) {
                what.append(" · ").append(row.detail());
            }
            ObjectNode outcome = Cards.plain(what.toString());
            Cards.run(outcome).put("color", row.outcome().equals("answered") ? "Default" : "Warning");
            outcome.put("spacing", "None");
            ObjectNode entry = Cards.container(subtle(CardText.localDateTime(row.at())), who, outcome);
            entry.put("separator", true);
            body.add(entry);
        }
        if (view.olderCommand() != null) {
            Cards.actions(card).add(Cards.submit("Older entries", view.olderCommand()));
        }
        return card;
    }
}
