package com.calltriage.escalation;

import com.calltriage.command.reply.Reply;

/**
 * Writes a view as the activity the outbox sends: a message with the view's card and, when given, a line of text.
 * The card package implements it, so this package queues cards without knowing how they are laid out.
 */
@FunctionalInterface
public interface MessageWriter {
    /** @param text a line shown with the card (and in notifications); null for none */
    String activityJson(Reply reply, String text);
}
