package com.calltriage.escalation;

import com.calltriage.calls.CallCommands;
import com.calltriage.conversation.OutgoingMessage;
import java.util.List;

/**
 * The messages a ticket's steps queue, and the card they carry: the card posted in the escalations channel, its
 * update after each step, and the requester's private note. Each message's key names the ticket and the version
 * it shows, so a step queued twice (a retried press, a second replica) is sent once.
 */
final class TicketMessages {
    private final MessageWriter writer;

    TicketMessages(MessageWriter writer) {
        this.writer = writer;
    }

    /** The key of the card posted in the channel, which every later update replaces. */
    static String cardKey(Ticket ticket) {
        return "escalation:" + ticket.tenantId() + ":" + ticket.reference() + ":card";
    }

    /** A new thread in the escalations channel, with the ticket's card. */
    OutgoingMessage post(Ticket ticket) {
        return new OutgoingMessage(cardKey(ticket),
                OutgoingMessage.Target.conversation(ticket.tenantId(), ticket.channelId()),
                writer.activityJson(view(ticket, List.of()), null));
    }

    /**
     * The posted card replaced by the ticket as it is now, for everyone in the channel; none when Teams gave the
     * posted card no id to replace it by.
     */
    List<OutgoingMessage> cardUpdate(Ticket ticket) {
        if (!ticket.cardUpdatable()) {
            return List.of();
        }
        return List.of(new OutgoingMessage("escalation:" + ticket.tenantId() + ":" + ticket.reference() + ":v"
                + ticket.version(), OutgoingMessage.Target.update(ticket.tenantId(), cardKey(ticket)),
                writer.activityJson(view(ticket, List.of()), null)));
    }

    /** The requester's private note about a step: which ticket, its state now, who did what, and the thread. */
    OutgoingMessage note(Ticket ticket, String what, String note) {
        TicketNoteView view = noteView(ticket, what, note);
        return new OutgoingMessage("escalation:" + ticket.tenantId() + ":" + ticket.reference() + ":note:v"
                + ticket.version(), OutgoingMessage.Target.personalChat(ticket.tenantId(), ticket.requester().id()),
                writer.activityJson(view, null));
    }

    static TicketNoteView noteView(Ticket ticket, String what, String note) {
        return new TicketNoteView(ticket.reference(), ticket.state(), what, about(ticket), note,
                TeamsLinks.thread(ticket.tenantId(), ticket.thread()),
                EscalationCommands.SHOW.write("ticket", ticket.reference()));
    }

    /** The ticket's card, with the buttons its state allows. */
    static TicketView view(Ticket ticket, List<TicketView.HistoryLine> history) {
        String reference = ticket.reference();
        EscalationState state = ticket.state();
        Ticket.CallSummary call = ticket.call();
        String subject = call.subjectUpn() != null ? call.subjectUpn() : call.subjectId();
        return new TicketView(ticket, TeamsLinks.thread(ticket.tenantId(), ticket.thread()),
                TeamsLinks.chat(ticket.requester().upn()),
                state.after(EscalationState.Step.TAKEN).isPresent()
                        ? EscalationCommands.TAKE.write("ticket", reference) : null,
                state.after(EscalationState.Step.HANDED_OVER).isPresent()
                        ? EscalationCommands.HAND.write("ticket", reference) : null,
                state.after(EscalationState.Step.RESOLVED).isPresent()
                        ? EscalationCommands.RESOLVE.write("ticket", reference) : null,
                CallCommands.DETAILS.write("call", call.callId(), "user", subject),
                history);
    }

    /**
     * The user and the call in a few words: "Alice Wood's 1:1 call, Poor: Alice Wood's Wi-Fi was unstable during the
     * call", "a meeting, Good".
     */
    static String about(Ticket ticket) {
        Ticket.CallSummary call = ticket.call();
        String kind = call.kind() == null ? "call" : call.kind().equals("Meeting") ? "meeting"
                : call.kind() + " call";
        return (call.subjectName() == null ? "a " + kind : call.subjectName() + "'s " + kind)
                + (call.verdict() == null ? "" : ", " + call.verdict() + (call.cause() == null ? "" : ": "
                + call.cause()));
    }
}
