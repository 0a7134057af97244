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
import com.calltriage.calls.CallCommands;
import com.calltriage.calls.CallListView;
import com.calltriage.calls.DetailsView;
import com.calltriage.calls.report.ReasonGroup;
import com.calltriage.calls.report.SessionView;
import com.calltriage.quality.Verdict;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** The cards about calls: a user's list and one call's details; the engineers' debug view is {@link DebugCards}. */
final class CallCards {
    static final String LEGEND = "Red: likely the main cause. Yellow: outside the normal range, may contribute.";
    /** The heading of a Poor call's next steps: operators and tests look for these exact words. */
    private static final String WHAT_TO_TRY = "What to try";
    private static final String MEASURED_VALUES_ID = "measured-values";
    /** Kept free below the size limit for the line that says how many sessions were left off. */
    static final int NOTE_ROOM = 512;

    private CallCards() {
    }

    static ObjectNode callList(CallListView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(heading("Calls of " + view.subject()));
        Cards.addMatched(body, view.matched());
        String window = CardText.window(view.from(), view.to(), view.zone());
        body.add(subtle(view.rows().isEmpty() ? "No calls or meetings " + window + "." : count(view) + " " + window));
        if (view.note() != null) {
            body.add(subtle(view.note()));
        }
        if (view.rows().isEmpty()) {
            return card;
        }
        body.add(subtle("Select a call for its details."));
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

    /** "Newest 10 of 37 calls and meetings", "Calls 11 to 20 of 37", "All 4 calls and meetings". */
    private static String count(CallListView view) {
        int first = view.rows().get(0).number();
        int last = view.rows().get(view.rows().size() - 1).number();
        if (first > 1) {
            return "Calls " + first + " to " + last + " of " + view.total() + ",";
        }
        return (last >= view.total() ? "All " + last : "Newest " + last + " of " + view.total())
                + (view.total() == 1 ? " call" : " calls and meetings");
    }

    /**
     * One call as two lines, who it was with, then when, what kind, which media and how long; on the right its
     * verdict with the main cause, or why it has none. The whole row opens the details: one compact target instead
     * of a full-width button under every call.
     */
    private static ObjectNode callRow(CallListView.Row row) {
        ObjectNode verdict = column("auto", Badges.verdict(row.verdict()));
        if (row.mainCause() != null) {
            ObjectNode cause = plain(row.mainCause());
            Cards.run(cause).put("size", "Small");
            if (row.verdict() == Verdict.POOR) {
                Cards.run(cause).put("color", "Attention");
            } else {
                Cards.run(cause).put("isSubtle", true);
            }
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
        ObjectNode container = Cards.container(line);
        container.set("selectAction", submit("Details of call " + row.number(), row.detailsCommand()));
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
        } else {
            reasons(view, body);
        }
        Cards.actions(card).add(EscalationCards.escalate(view.callId(), view.subjectId()));
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
                body.add(sessionsLeftOff(view.sessions().size() - shown,
                        CallCommands.DETAILS.write("call", view.callId())));
            }
        }
        return card;
    }

    /**
     * The reasons as a tier-1 agent reads them out: for a Poor call the main cause in plain words and what to try;
     * then every reason per person and media; and, folded, each measured value against its limit.
     */
    private static void reasons(DetailsView view, ArrayNode body) {
        if (view.headline() != null) {
            ObjectNode headline = Cards.bold(view.headline());
            Cards.run(headline).put("color", "Attention");
            body.add(headline);
        }
        if (!view.whatToTry().isEmpty()) {
            ObjectNode heading = Cards.bold(WHAT_TO_TRY);
            heading.put("spacing", "Medium");
            body.add(heading);
            for (String step : view.whatToTry()) {
                ObjectNode line = Cards.plain("• " + step);
                line.put("spacing", "Small");
                body.add(line);
            }
        }
        for (ReasonGroup group : view.reasonGroups()) {
            ObjectNode title = Cards.bold(group.title());
            Cards.run(title).put("isSubtle", true);
            title.put("spacing", "Medium");
            body.add(title);
            group.lines().forEach(line -> body.add(Badges.reason(line.severity(), line.text())));
        }
        ObjectNode measured = Cards.container();
        view.reasons().forEach(reason -> Cards.items(measured).add(Badges.reason(reason.severity(), reason.text())));
        measured.put("id", MEASURED_VALUES_ID);
        measured.put("isVisible", false);
        body.add(Cards.actionSet(Cards.toggle("Measured values", MEASURED_VALUES_ID)));
        body.add(measured);
        body.add(subtle(LEGEND));
    }

    /** What a card about many sessions says when some did not fit: how many, and how to see them. */
    static ObjectNode sessionsLeftOff(int count, String command) {
        return subtle(count + (count == 1 ? " more session is" : " more sessions are")
                + " not shown. Ask for one participant's: " + command
                + " for <their name, UPN or object id>.");
    }
}
