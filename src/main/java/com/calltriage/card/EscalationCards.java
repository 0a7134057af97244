package com.calltriage.card;

import static com.calltriage.card.Cards.actions;
import static com.calltriage.card.Cards.body;
import static com.calltriage.card.Cards.card;
import static com.calltriage.card.Cards.labelled;
import static com.calltriage.card.Cards.plain;
import static com.calltriage.card.Cards.subtle;

import com.calltriage.escalation.EscalationCommands;
import com.calltriage.escalation.EscalationState;
import com.calltriage.escalation.Ticket;
import com.calltriage.escalation.TicketListView;
import com.calltriage.escalation.TicketNoteView;
import com.calltriage.escalation.TicketView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * The escalation cards: a ticket (posted in the channel, updated in place, and shown on request with its history),
 * the list of open tickets, and the requester's private note. Take, Hand over and Resolve are
 * {@code Action.Execute} buttons: Teams sends them as {@code adaptiveCard/action} invokes, and the presser gets the
 * new card in the answer.
 */
final class EscalationCards {
    /** The verb of every escalation button; the command rides in its data, like any button's. */
    static final String VERB = "escalation";

    private EscalationCards() {
    }

    static ObjectNode ticket(TicketView view) {
        Ticket ticket = view.ticket();
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(title("Escalation " + ticket.reference(), ticket.state()));
        String meaning = ticket.state().meaning();
        body.add(subtle(Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1)));
        if (ticket.owner() != null) {
            body.add(labelled(ticket.state() == EscalationState.RESOLVED ? "Resolved by" : "Owner",
                    ticket.owner().label()));
        }
        if (ticket.resolution() != null) {
            body.add(labelled("Resolution", ticket.resolution()));
        }
        body.add(labelled("Escalated by", ticket.requester().label()));
        body.add(subtle(CardText.localDateTime(ticket.openedAt())));
        Ticket.CallSummary call = ticket.call();
        if (call.subjectName() != null) {
            body.add(labelled("User", call.subjectName() + (call.subjectUpn() == null ? ""
                    : " (" + call.subjectUpn() + ")")));
        }
        body.add(labelled("Call", String.join(" · ", call.kind() == null ? "Call" : call.kind(),
                call.verdict() == null ? "Unavailable" : call.verdict())));
        if (call.start() != null) {
            body.add(subtle(CardText.localDateTime(call.start())));
        }
        if (call.cause() != null) {
            body.add(labelled("Main cause", call.cause()));
        }
        if (ticket.note() != null) {
            body.add(labelled("Note", ticket.note()));
        }
        addHistory(body, view);
        addButtons(card, view);
        return card;
    }

    private static void addHistory(ArrayNode body, TicketView view) {
        if (view.history().isEmpty()) {
            return;
        }
        ObjectNode heading = Cards.bold("History");
        heading.put("spacing", "Medium");
        body.add(heading);
        for (TicketView.HistoryLine line : view.history()) {
            ObjectNode entry = Cards.container(subtle(CardText.localDateTime(line.at())), plain(line.text()));
            if (line.note() != null) {
                ObjectNode note = plain("“" + line.note() + "”");
                Cards.run(note).put("isSubtle", true);
                note.put("spacing", "None");
                Cards.items(entry).add(note);
            }
            entry.put("separator", true);
            body.add(entry);
        }
    }

    private static void addButtons(ObjectNode card, TicketView view) {
        ArrayNode actions = actions(card);
        if (view.takeCommand() != null) {
            actions.add(execute("Take", view.takeCommand()));
        }
        if (view.resolveCommand() != null) {
            actions.add(askFirst("Resolve", "note", "Note for the requester (optional)",
                    execute("Resolve " + view.ticket().reference(), view.resolveCommand())));
        }
        if (view.handCommand() != null) {
            actions.add(askFirst("Hand over", "to", "Engineer's name or UPN",
                    execute("Hand over", view.handCommand())));
        }
        actions.add(Cards.submit("Details", view.detailsCommand()));
        if (view.threadLink() != null) {
            actions.add(openUrl("Open thread", view.threadLink()));
        }
        if (view.chatLink() != null) {
            actions.add(openUrl("Chat with " + view.ticket().requester().label(), view.chatLink()));
        }
    }

    /**
     * The details card's Escalate button: it asks for a note, then sends {@code escalate <call> for <user>}, to
     * which the bot adds the note. An Action.Submit, so the answer comes as a message in the chat.
     */
    static ObjectNode escalate(String callId, String subjectId) {
        ObjectNode send = Cards.submit("Escalate", EscalationCommands.ESCALATE.write("call", callId, "user",
                subjectId));
        ObjectNode show = askFirst("Escalate", "note", "What should the engineer know? (optional, up to "
                + EscalationCommands.MAX_NOTE + " characters)", send);
        ((ObjectNode) body((ObjectNode) show.get("card")).get(0)).put("isMultiline", true);
        return show;
    }

    static ObjectNode list(TicketListView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(Cards.heading(view.scope()));
        if (view.rows().isEmpty()) {
            body.add(Cards.text("None are open."));
            body.add(subtle("Escalate a call from a list with: " + EscalationCommands.ESCALATE.examples().get(1)));
            return card;
        }
        for (TicketListView.Row row : view.rows()) {
            ObjectNode first = plain(row.reference() + " · " + row.state().label() + " · " + age(row.age()) + " old"
                    + (row.owner() == null ? "" : " · " + row.owner()));
            Cards.run(first).put("weight", "Bolder");
            ObjectNode about = plain("By " + row.requester() + ": " + row.about());
            about.put("spacing", "None");
            ObjectNode entry = Cards.container(first, about);
            entry.put("separator", true);
            ObjectNode open = entry.putObject("selectAction");
            open.put("type", "Action.Submit");
            open.put("title", "Open " + row.reference());
            open.putObject("data").put("command", row.openCommand());
            body.add(entry);
        }
        if (view.more() > 0) {
            body.add(subtle(view.more() + " more open; the oldest are left off."));
        }
        body.add(subtle("Select a row to see its history."));
        return card;
    }

    static ObjectNode note(TicketNoteView view) {
        ObjectNode card = card();
        ArrayNode body = body(card);
        body.add(title("Escalation " + view.reference(), view.state()));
        body.add(plain(view.what()));
        body.add(labelled("About", view.about()));
        if (view.note() != null) {
            body.add(labelled("Note", view.note()));
        }
        if (view.threadLink() != null) {
            actions(card).add(openUrl("Open thread", view.threadLink()));
        }
        actions(card).add(Cards.submit("Show " + view.reference(), view.openCommand()));
        return card;
    }

    /** "Escalation E-12" with its state beside it, coloured: open waits, taken is in hand, resolved is done. */
    private static ObjectNode title(String text, EscalationState state) {
        ObjectNode stateText = Cards.bold(state.label());
        Cards.run(stateText).put("color", switch (state) {
            case OPEN -> "Attention";
            case TAKEN -> "Accent";
            case RESOLVED -> "Good";
        });
        return Cards.columns(Cards.column("stretch", Cards.heading(text)), Cards.column("auto", stateText));
    }

    private static ObjectNode execute(String title, String command) {
        ObjectNode action = Cards.NODES.objectNode();
        action.put("type", "Action.Execute");
        action.put("title", title);
        action.put("verb", VERB);
        action.putObject("data").put("command", command);
        return action;
    }

    /** A button that opens a small form with one text input and the button that sends it. */
    private static ObjectNode askFirst(String title, String inputId, String placeholder, ObjectNode send) {
        ObjectNode show = Cards.NODES.objectNode();
        show.put("type", "Action.ShowCard");
        show.put("title", title);
        ObjectNode form = card();
        form.remove("$schema");
        form.remove("msteams");
        ObjectNode input = body(form).addObject();
        input.put("type", "Input.Text");
        input.put("id", inputId);
        input.put("placeholder", placeholder);
        input.put("maxLength", EscalationCommands.MAX_NOTE);
        actions(form).add(send);
        show.set("card", form);
        return show;
    }

    private static ObjectNode openUrl(String title, String url) {
        ObjectNode action = Cards.NODES.objectNode();
        action.put("type", "Action.OpenUrl");
        action.put("title", title);
        action.put("url", url);
        return action;
    }

    /** "45 min", "3 h", "2 days". */
    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h";
        }
        return minutes / (24 * 60) + " days";
    }
}
