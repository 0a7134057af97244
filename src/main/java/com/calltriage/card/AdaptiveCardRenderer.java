package com.calltriage.card;

import static com.calltriage.card.Cards.actions;
import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.column;
import static com.calltriage.card.Cards.columns;
import static com.calltriage.card.Cards.heading;
import static com.calltriage.card.Cards.plain;
import static com.calltriage.card.Cards.submit;
import static com.calltriage.card.Cards.subtle;
import static com.calltriage.card.Cards.text;
import static com.calltriage.card.CardText.escape;

import com.calltriage.callrecord.CallKind;
import com.calltriage.command.AccessRefusedView;
import com.calltriage.command.CallListView;
import com.calltriage.command.ChooseUserView;
import com.calltriage.command.DetailsView;
import com.calltriage.command.NoticeView;
import com.calltriage.quality.Verdict;
import com.calltriage.command.HelpView;
import com.calltriage.command.Reply;
import com.calltriage.command.UnknownUserView;
import com.calltriage.command.WelcomeView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Turns the core's view models into Adaptive Cards (schema 1.5, as Teams renders them). */
public final class AdaptiveCardRenderer {
    /** The MIME type of an Adaptive Card attachment. */
    public static final String CONTENT_TYPE = Cards.CONTENT_TYPE;

    public ObjectNode render(Reply reply) {
        if (reply instanceof CallListView view) {
            return callList(view);
        }
        if (reply instanceof ChooseUserView view) {
            return chooseUser(view);
        }
        if (reply instanceof UnknownUserView view) {
            return unknownUser(view);
        }
        if (reply instanceof HelpView view) {
            return help(view);
        }
        if (reply instanceof AccessRefusedView view) {
            return refused(view);
        }
        if (reply instanceof WelcomeView view) {
            return welcome(view);
        }
        if (reply instanceof DetailsView view) {
            return details(view);
        }
        if (reply instanceof NoticeView view) {
            return notice(view);
        }
        throw new IllegalArgumentException("No card for " + reply.getClass().getSimpleName());
    }

    private ObjectNode callList(CallListView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(heading("Last calls for " + view.subject()));
        body.add(subtle(view.rows().isEmpty()
                ? "No calls or meetings in the last 30 days."
                : view.rows().size() + (view.moreCursor() != null ? " newest" : "")
                        + " calls and meetings of the last 30 days, newest first"));
        if (view.rows().isEmpty()) {
            return card;
        }
        for (CallListView.Row row : view.rows()) {
            body.add(callRow(row));
        }
        ObjectNode note = subtle("Other people are shown as Internal User or External User, and the last three "
                + "digits of phone numbers are hidden.");
        note.put("spacing", "Medium");
        body.add(note);
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
            ((ArrayNode) verdict.get("items")).add(cause);
        }
        ObjectNode line = columns(
                column("auto", text(row.number() + ".")),
                column("stretch", Cards.bold(row.with()),
                        subtle(callLine(row.start(), row.kind(), row.media(), row.duration()))),
                verdict);
        line.put("spacing", "Medium");
        ObjectNode buttons = Cards.NODES.objectNode();
        buttons.put("type", "ActionSet");
        buttons.put("spacing", "Small");
        buttons.putArray("actions").add(submit("Details", row.detailsCommand()));
        ObjectNode container = Cards.NODES.objectNode();
        container.put("type", "Container");
        container.put("separator", true);
        container.put("spacing", "Medium");
        container.putArray("items").add(line).add(buttons);
        return container;
    }

    /** When, what kind, which media, how long: the second line of a call on every card. */
    private static String callLine(Instant start, String kind, String media, Duration duration) {
        return CardText.localDateTime(start) + " · " + kind + " · " + media + " · " + CardText.duration(duration);
    }

    private ObjectNode details(DetailsView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        boolean meeting = view.kind().equals(CallKind.MEETING.label());
        body.add(heading(meeting ? "Meeting details" : "Call details"));
        ObjectNode summary = columns(
                column("stretch", plain(view.with()),
                        subtle(callLine(view.start(), view.kind(), view.media(), view.duration()) + " · "
                                + view.participants() + " participants")),
                column("auto", Badges.verdict(view.verdict())));
        body.add(summary);
        String scope = view.subject() == null ? "How the call went"
                : "How the " + (meeting ? "meeting" : "call") + " went for " + view.subject();
        ObjectNode scopeLine = Cards.bold(scope);
        scopeLine.put("spacing", "Medium");
        body.add(scopeLine);
        if (view.reasons().isEmpty()) {
            body.add(text(view.verdict() == Verdict.UNAVAILABLE
                    ? "No quality data was received for this call, and nothing failed, so it cannot be rated."
                    : "Every measured value was in the normal range."));
        }
        for (DetailsView.ReasonLine reason : view.reasons()) {
            body.add(Badges.reason(reason));
        }
        body.add(subtle("Red: likely the main cause. Yellow: outside the normal range, may contribute."));
        return card;
    }

    private ObjectNode notice(NoticeView view) {
        ObjectNode card = card();
        body(card).add(heading(view.title()));
        body(card).add(plain(view.text()));
        return card;
    }

    private ObjectNode chooseUser(ChooseUserView view) {
        ObjectNode card = card();
        body(card).add(heading("Which " + view.term() + "?"));
        body(card).add(text(view.candidates().size() + " users match. Choose one:"));
        addCandidates(card, view.candidates());
        return card;
    }

    private ObjectNode unknownUser(UnknownUserView view) {
        ObjectNode card = card();
        body(card).add(heading("I can't find " + view.term()));
        body(card).add(text("No user with that alias, UPN or name took part in a call in the last 30 days."));
        if (!view.suggestions().isEmpty()) {
            body(card).add(text("Did you mean:"));
            addCandidates(card, view.suggestions());
        } else {
            body(card).add(subtle("Check the spelling, or try the full UPN, such as alice@contoso.com."));
        }
        return card;
    }

    private static void addCandidates(ObjectNode card, List<ChooseUserView.Candidate> candidates) {
        for (ChooseUserView.Candidate candidate : candidates) {
            String title = candidate.userPrincipalName() == null ? candidate.displayName()
                    : candidate.displayName() + " (" + candidate.userPrincipalName() + ")";
            actions(card).add(submit(title, candidate.command()));
        }
    }

    private ObjectNode help(HelpView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        if (view.notUnderstood() != null) {
            body.add(heading("I did not understand \"" + view.notUnderstood() + "\""));
            if (view.didYouMean() != null) {
                body.add(text("Did you mean **" + escape(view.didYouMean()) + "**?"));
            }
            body.add(text("Here is what you can ask me:"));
        } else {
            body.add(heading("What you can ask me"));
        }
        ObjectNode facts = Cards.factSet();
        for (HelpView.Entry entry : view.commands()) {
            Cards.fact(facts, escape(entry.example()), escape(entry.summary()));
        }
        body.add(facts);
        if (view.didYouMean() != null) {
            actions(card).add(submit(view.didYouMean(), view.didYouMean()));
        }
        return card;
    }

    private ObjectNode refused(AccessRefusedView view) {
        ObjectNode card = card();
        body(card).add(heading("Access needed"));
        body(card).add(plain(view.reason()));
        body(card).add(text("Ask your Teams administrator to give you one of these roles:"));
        for (String role : view.grantingRoles()) {
            body(card).add(plain("• " + role));
        }
        return card;
    }

    private ObjectNode welcome(WelcomeView view) {
        ObjectNode card = card();
        body(card).add(heading("Hi, I'm CallTriage"));
        body(card).add(text("I help the helpdesk find out why a Teams call went wrong. Ask me about a user's "
                + "recent calls and I show each one with who it was with and how long it lasted."));
        body(card).add(text("Try: **" + escape(view.example()) + "**, or **help** for everything I can do."));
        actions(card).add(submit(view.example(), view.example()));
        return card;
    }
}
