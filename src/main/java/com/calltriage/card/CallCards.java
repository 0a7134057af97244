package com.calltriage.card;

import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.column;
import static com.calltriage.card.Cards.columns;
import static com.calltriage.card.Cards.heading;
import static com.calltriage.card.Cards.plain;
import static com.calltriage.card.Cards.submit;
import static com.calltriage.card.Cards.subtle;
import static com.calltriage.card.Cards.text;

import com.calltriage.callrecord.CallKind;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DetailsView;
import com.calltriage.calls.report.SessionView;
import com.calltriage.quality.Verdict;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** The cards about calls: a user's list and one call's details; the engineers' debug view is {@link DebugCards}. */
final class CallCards {
    static final String LEGEND = "Red: likely the main cause. Yellow: outside the normal range, may contribute.";
    /** Kept free below the size limit for the line that says how many sessions were left off. */
    static final int NOTE_ROOM = 512;

    private CallCards() {
    }

    static ObjectNode callList(CallListView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(heading("Calls of " + view.subject()));
        Cards.addMatched(body, view.matched());
        String window = CardText.window(view.from(), view.to());
        boolean continued = !view.rows().isEmpty() && view.rows().get(0).number() > 1;
        body.add(subtle(view.rows().isEmpty()
                ? "No calls or meetings " + window + "."
                : (continued ? "Calls " + view.rows().get(0).number() + " to "
                        + view.rows().get(view.rows().size() - 1).number() : view.rows().size() + " calls and meetings")
                        + " " + window + ", newest first"));
        if (view.note() != null) {
            body.add(subtle(view.note()));
        }
        if (view.rows().isEmpty()) {
            return card;
        }
        for (CallListView.Row row : view.rows()) {
            body.add(callRow(row));
        }
        ObjectNode note = subtle("Other people may be shown as Internal User or External User, and the last three "
                + "digits of phone numbers are hidden.");
        note.put("spacing", "Medium");
        body.add(note);
        if (view.moreCommand() != null) {
            Cards.actions(card).add(submit("Older calls", view.moreCommand()));
        }
        if (view.exportCommand() != null) {
            Cards.actions(card).add(submit("Export to CSV", view.exportCommand()));
        }
        return card;
    }

    /**
     * One call as two lines, who it was with, then when, what kind, which media and how long; on the
     * right its verdict with the main cause, and a button for the details.
     */
    private static ObjectNode callRow(CallListView.Row row) {
        ObjectNode verdict = column("auto", Badges.verdict(row.verdict()));
        if (row.mainCause() != null) {
            ObjectNode cause = plain(row.mainCause());
            Cards.run(cause).put("size", "Small").put("color", "Attention");
            cause.put("spacing", "None");
            cause.put("horizontalAlignment", "Right");
            Cards.items(verdict).add(cause);
        }
        ObjectNode line = columns(
                column("auto", text(row.number() + ".")),
                column("stretch", Cards.bold(row.with()),
                        subtle(callLine(row.start(), row.kind(), row.media(), row.duration()))),
                verdict);
        line.put("spacing", "Medium");
        ObjectNode container = Cards.container(line, Cards.actionSet(submit("Details", row.detailsCommand())));
        container.put("separator", true);
        container.put("spacing", "Medium");
        return container;
    }

    /** When, what kind, which media, how long: the second line of a call on every card. */
    private static String callLine(Instant start, String kind, String media, Duration duration) {
        return CardText.localDateTime(start) + " · " + kind + " · " + media + " · " + CardText.duration(duration);
    }

    static ObjectNode details(DetailsView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        boolean meeting = view.kind().equals(CallKind.MEETING.label());
        body.add(heading(meeting ? "Meeting details" : "Call details"));
        body.add(columns(
                column("stretch", plain(view.with()),
                        // A meeting's headline is already its size.
                        subtle(callLine(view.start(), view.kind(), view.media(), view.duration())
                                + (meeting ? "" : " · " + view.participants() + " participants"))),
                column("auto", Badges.verdict(view.verdict()))));
        if (meeting) {
            ObjectNode who = Cards.labelled("Participants", String.join(", ", view.participantNames()));
            who.put("spacing", "Small");
            body.add(who);
            if (view.conference() != null) {
                body.add(Cards.labelled("Conference", view.conference()));
            }
        }
        String scope = view.subject() == null ? "How the call went"
                : "How the " + (meeting ? "meeting" : "call") + " went for " + view.subject();
        ObjectNode scopeLine = Cards.bold(scope);
        scopeLine.put("spacing", "Medium");
        body.add(scopeLine);
        Cards.addMatched(body, view.matched());
        if (view.reasons().isEmpty()) {
            body.add(text(view.verdict() == Verdict.UNAVAILABLE
                    ? "No quality data was received for this call, and nothing failed, so it cannot be rated."
                    : "Every measured value was in the normal range."));
        }
        view.reasons().forEach(reason -> body.add(Badges.reason(reason)));
        body.add(subtle(LEGEND));
        if (view.debugCommand() != null) {
            Cards.actions(card).add(submit("Debug", view.debugCommand()));
        }
        if (!view.sessions().isEmpty()) {
            ObjectNode sessions = heading(view.subject() == null ? "Sessions" : "Sessions of " + view.subject());
            sessions.put("spacing", "Large");
            body.add(sessions);
            int room = Cards.MAX_CARD_BYTES - Cards.bytes(card) - NOTE_ROOM;
            int shown = 0;
            for (SessionView session : view.sessions()) {
                ObjectNode section = SessionCards.session(session);
                room -= Cards.bytes(section) + 1;
                if (room < 0) {
                    break;
                }
                body.add(section);
                shown++;
            }
            if (shown < view.sessions().size()) {
                body.add(sessionsLeftOff(view.sessions().size() - shown, "details " + view.callId()));
            }
        }
        return card;
    }

    /** What a card about many sessions says when some did not fit: how many, and how to see them. */
    static ObjectNode sessionsLeftOff(int count, String command) {
        return subtle(count + (count == 1 ? " more session is" : " more sessions are")
                + " not shown. Ask for one participant's: " + command
                + " for <their name, UPN or object id>.");
    }
}
