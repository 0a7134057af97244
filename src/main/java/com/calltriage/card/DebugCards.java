package com.calltriage.card;

import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.column;
import static com.calltriage.card.Cards.columns;
import static com.calltriage.card.Cards.heading;
import static com.calltriage.card.Cards.subtle;

import com.calltriage.calls.CallCommands;
import com.calltriage.calls.DebugView;
import com.calltriage.calls.report.DebugSession;
import com.calltriage.calls.report.SessionSection;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The engineers' debug card: the call, its reasons, then each session behind its own button, with the tabs of
 * the Session details report inside. Sessions are added while the card stays under the size limit; the card
 * says how many were left off and how to ask for them. The first session always shows, if need be without
 * its largest tabs, which it names.
 */
final class DebugCards {
    /** Kept free in the first session for the line naming the tabs that did not fit. */
    private static final int TAB_NOTE_ROOM = 256;

    private DebugCards() {
    }

    static ObjectNode debug(DebugView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(heading("Debug: " + (view.subject() == null ? "call" : view.subject() + "'s " + "call")));
        Cards.addMatched(body, view.matched());
        body.add(columns(
                column("stretch", Cards.labelled("Call id", view.callId()),
                        subtle(CardText.localDateTime(view.start()) + " · " + view.kind() + " · " + view.media()
                                + " · " + view.participants() + " participants")),
                column("auto", Badges.verdict(view.verdict()))));
        view.reasons().forEach(reason -> body.add(Badges.reason(reason.severity(), reason.text())));
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
            ObjectNode section = SectionCards.session(session, id, sessions.size() == 1);
            List<List<ObjectNode>> tabs = session.sections().stream().map(tab -> SectionCards.tab(tab, id)).toList();
            int whole = bytes(List.of(button, section)) + tabs.stream().mapToInt(DebugCards::bytes).sum();
            if (whole <= room) {
                tabs.forEach(Cards.items(section)::addAll);
            } else if (shown == 0) {
                // The first session always shows, with as many of its tabs as fit; it names the others.
                fitTabs(session, section, tabs, room - bytes(List.of(button, section)) - TAB_NOTE_ROOM);
            } else {
                break;
            }
            room -= bytes(List.of(button, section));
            body.add(button);
            body.add(section);
            shown++;
        }
        int notShown = view.sessionsNotShown() + sessions.size() - shown;
        if (notShown > 0) {
            body.add(CallCards.sessionsLeftOff(notShown, CallCommands.DEBUG.write("call", view.callId())));
        }
        return card;
    }

    /** Adds the tabs that fit in order, skipping a large one to keep smaller ones after it. */
    private static void fitTabs(DebugSession session, ObjectNode section, List<List<ObjectNode>> tabs, int room) {
        List<SessionSection> leftOff = new ArrayList<>();
        for (int t = 0; t < tabs.size(); t++) {
            int size = bytes(tabs.get(t));
            if (size <= room) {
                Cards.items(section).addAll(tabs.get(t));
                room -= size;
            } else {
                leftOff.add(session.sections().get(t));
            }
        }
        if (!leftOff.isEmpty()) {
            Cards.items(section).add(SectionCards.tabsLeftOff(leftOff));
        }
    }

    /** What elements add to the card, with the commas between them. */
    private static int bytes(List<ObjectNode> elements) {
        return elements.stream().mapToInt(element -> Cards.bytes(element) + 1).sum();
    }
}
