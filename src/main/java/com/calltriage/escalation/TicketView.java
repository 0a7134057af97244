package com.calltriage.escalation;

import com.calltriage.command.reply.Reply;
import java.time.Instant;
import java.util.List;

/**
 * One ticket as its card shows it, in the channel and to whoever asks for it: only what a specialist may see, with
 * the buttons the state allows. The same view whoever reads it: the buttons check the presser's role when pressed.
 *
 * @param ticket         the ticket
 * @param threadLink     the deep link to the card's thread; null until Teams took the card
 * @param chatLink       a link to a chat with the requester; null when their UPN is not known
 * @param takeCommand    the Take button's command; null when the state allows no Take
 * @param handCommand    the Hand over button's command, to which the engineer's name is added; null when closed
 * @param resolveCommand the Resolve button's command, to which a note may be added; null when closed
 * @param detailsCommand the call's details, answered per the audience where pressed
 * @param history        the ticket's steps, oldest first; empty on the channel's card
 */
public record TicketView(Ticket ticket, String threadLink, String chatLink, String takeCommand, String handCommand,
                         String resolveCommand, String detailsCommand, List<HistoryLine> history) implements Reply {
    public TicketView {
        history = List.copyOf(history);
    }

    /** A step: when, who, what, and the note given with it. */
    public record HistoryLine(Instant at, String text, String note) {
    }
}
