package com.calltriage.command;

import com.calltriage.access.Caller;

/**
 * A question as the bot edge hands it to the core: the text without the bot's @mention, who asked,
 * in which conversation, and whether that conversation is a personal chat with the bot. Card button
 * presses arrive here as text too, so they are checked exactly like typed commands.
 *
 * @param personalChat true in a one-to-one chat with the bot, the only place files are sent to
 */
public record ChatRequest(String text, Caller caller, String conversationId, boolean personalChat) {

    /** A question asked in a personal chat with the bot. */
    public ChatRequest(String text, Caller caller, String conversationId) {
        this(text, caller, conversationId, true);
    }
}
