package com.calltriage.escalation;

import com.calltriage.conversation.ConversationReferences;

/**
 * What the escalation commands need besides the command context: the tickets, the conversations the bot knows (to
 * tell a team channel from a chat), and how a view becomes a message for the outbox.
 */
public record EscalationSetup(Escalations tickets, ConversationReferences references, MessageWriter writer) {
}
