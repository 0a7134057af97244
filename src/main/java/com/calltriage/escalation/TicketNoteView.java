package com.calltriage.escalation;

import com.calltriage.command.reply.Reply;

/**
 * The private note the requester gets at each step of their ticket: which ticket, its new state, who did what, the
 * note given with it, and the way to the thread.
 *
 * @param what       "Erin Cho took it", "posted it in the escalations channel"
 * @param note       the note given with the step; null when none
 * @param threadLink the card's thread; null while unknown
 * @param openCommand the command that shows the ticket with its history
 */
public record TicketNoteView(String reference, EscalationState state, String what, String about, String note,
                             String threadLink, String openCommand) implements Reply {
}
