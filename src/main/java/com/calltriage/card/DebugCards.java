package com.calltriage.card;

import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.column;
import static com.calltriage.card.Cards.columns;
import static com.calltriage.card.Cards.heading;
import static com.calltriage.card.Cards.subtle;

import com.calltriage.command.DebugSession;
import com.calltriage.command.DebugView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The engineers' debug card: the call, its reasons, then each session behind its own button, with the tabs of
 * the Session details report inside. Sessions are added while the card stays under the size limit; the card
 * says how many were left off and how to ask for them.
 */
final class DebugCards {
    private DebugCards() {
    }

    static ObjectNode debug(DebugView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(heading("Debug: " + (view.subject() == null ? "call" : view.subject() + "'s " + "call")));
        body.add(columns(
                column("stretch", Cards.labelled("Call id", view.callId()),
                        subtle(CardText.localDateTime(view.start()) + " · " + view.kind() + " · " + view.media()
                                + " · " + view.participants() + " participants")),
                column("auto", Badges.verdict(view.verdict()))));
        view.reasons().forEach(reason -> body.add(Badges.reason(reason)));
        if (!view.reasons().isEmpty()) {
            body.add(subtle(CallCards.LEGEND));
        }
        List<DebugSession> sessions = view.sessions();
        int room = Cards.MAX_CARD_BYTES - Cards.bytes(card) - CallCards.NOTE_ROOM;
        int shown = 0;
        for (int i = 0; i < sessions.size(); i++) {
            DebugSession session = sessions.get(i);
            String id = "session-" + (i + 1);
            ObjectNode button = Cards.actionSet(Cards.toggle("Session " + (i + 1) + ": " + session.title(), id));
            boolean visible = sessions.size() == 1;
            int tabs = session.sections().size();
            ObjectNode section = SectionCards.session(session, id, visible, tabs);
            // The first session always shows, if need be without its last tabs, which it then names.
            while (shown == 0 && tabs > 1 && bytes(button, section) > room) {
                section = SectionCards.session(session, id, visible, --tabs);
            }
            if (shown > 0 && bytes(button, section) > room) {
                break;
            }
            room -= bytes(button, section);
            body.add(button);
            body.add(section);
            shown++;
        }
        int notShown = view.sessionsNotShown() + sessions.size() - shown;
        if (notShown > 0) {
            body.add(CallCards.sessionsLeftOff(notShown, "debug " + view.callId()));
        }
        return card;
    }

    /** What two more elements of the body add to the card, with the commas between them. */
    private static int bytes(ObjectNode button, ObjectNode session) {
        return Cards.bytes(button) + Cards.bytes(session) + 2;
    }
}
