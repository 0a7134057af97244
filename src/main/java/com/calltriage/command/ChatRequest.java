package com.calltriage.command;

import com.calltriage.access.Caller;
import com.calltriage.conversation.Audience;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A question as the bot edge hands it to the core: the text without the bot's @mention, who asked, in which
 * conversation, who reads the answer there, and the asker's time zone. Card button presses arrive here as text too,
 * so they are checked exactly like typed commands.
 *
 * @param audience              the asker alone (a personal chat, the only place files are sent to), or everyone in
 *                              a shared conversation
 * @param privateConversationId in a shared conversation, the asker's personal chat with the bot, where a fuller
 *                              answer can go; null when the bot has none with them
 * @param timeZone              the zone the asker's Teams client reports, whose days "today", "yesterday" and dates
 *                              are; {@link #DEFAULT_TIME_ZONE} when it reports none
 */
public record ChatRequest(String text, Caller caller, String conversationId, Audience audience,
                          String privateConversationId, ZoneId timeZone) {
    /** The days of a question whose asker's client names no time zone. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    public ChatRequest {
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** A question asked in a personal chat with the bot, by a client that names no time zone. */
    public ChatRequest(String text, Caller caller, String conversationId) {
        this(text, caller, conversationId, Audience.ASKER, null, DEFAULT_TIME_ZONE);
    }

    /**
     * A question asked in a personal chat, or in a shared conversation whose asker the bot cannot reach alone, by a
     * client that names no time zone.
     */
    public ChatRequest(String text, Caller caller, String conversationId, boolean personalChat) {
        this(text, caller, conversationId, personalChat ? Audience.ASKER : Audience.SHARED, null, DEFAULT_TIME_ZONE);
    }

    public boolean personalChat() {
        return audience == Audience.ASKER;
    }
}
