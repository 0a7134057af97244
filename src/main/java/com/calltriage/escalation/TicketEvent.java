package com.calltriage.escalation;

import java.time.Instant;

/**
 * One step in a ticket's history.
 *
 * @param by   who took the step; null for the bot's own (posting the card)
 * @param to   for a handover, the new owner; null otherwise
 * @param note the note given with the step; null when none
 */
public record TicketEvent(long number, Instant at, EscalationState.Step step, Ticket.Person by, Ticket.Person to,
                          String note) {
}
