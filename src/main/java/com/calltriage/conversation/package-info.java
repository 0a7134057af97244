/**
 * Who reads an answer and how the bot reaches people later: the audience of a conversation, the references kept to
 * reach a person or a channel, and the outbox of messages the bot sends on its own. Declares the
 * ConversationReferences and Outbox ports; delivery is the bot edge's, storage the store's.
 * Core. May use: nothing.
 */
package com.calltriage.conversation;
