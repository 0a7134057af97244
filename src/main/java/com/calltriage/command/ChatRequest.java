package com.calltriage.command;

import com.calltriage.access.Caller;
import com.calltriage.conversation.Audience;

/**
 * A question as the bot edge hands it to the core: the text without the bot's @mention, who asked, in which
 * conversation, and who reads the answer there. Card button presses arrive here as text too, so they are checked
 * exactly like typed commands.
 *
 * @param audience              the asker alone (a personal chat, the only place files are sent to), or everyone in
 *                              a shared conversation
 * @param privateConversationId in a shared conversation, the asker's personal chat with the bot, where a fuller
 *                              answer can go; null when the bot has none with them
 */
public record ChatRequest(String text, Caller caller, String conversationId, Audience audience,
                          String privateConversationId) {

    /** A question asked in a personal chat with the bot. */
    public ChatRequest(String text, Caller caller, String conversationId) {
        this(text, caller, conversationId, Audience.ASKER, null);
    }

    /** A question asked in a personal chat, or in a shared conversation whose asker the bot cannot reach alone. */
    public ChatRequest(String text, Caller caller, String conversationId, boolean personalChat) {
        this(text, caller, conversationId, personalChat ? Audience.ASKER : Audience.SHARED, null);
    }

    public boolean personalChat() {
        return audience == Audience.ASKER;
    }
}
