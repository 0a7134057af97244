package com.calltriage.conversation;

import java.time.Instant;

/**
 * What the bot needs to reach a person or a conversation later, without being asked: kept from every activity it
 * receives, shared by every replica, surviving restarts.
 *
 * @param tenantId       the Entra tenant of the conversation
 * @param conversationId Teams' id of the conversation (the personal chat, the group chat, or the channel's); null for
 *                       a personal chat with a person the bot has met only in a group chat or a channel, which the
 *                       first message to them opens with the person's Teams id
 * @param kind           personal chat, group chat or channel
 * @param serviceUrl     the Bot Connector endpoint Teams named for this conversation
 * @param userObjectId   for a personal chat, the Entra object id of the person; null otherwise
 * @param userTeamsId    for a personal chat, the person's Teams id ({@code 29:...}), needed to open a chat with them
 * @param teamId         for a channel, its team's id; null otherwise
 * @param channelId      for a channel, its id; null otherwise
 * @param botId          the bot's own Teams id ({@code 28:...}) in this conversation
 * @param timeZone       the IANA zone the person's Teams client reported ({@code localTimezone}); null when unknown
 * @param usable         false once the bot was removed from the conversation
 * @param seenAt         when the last activity from this conversation arrived
 */
public record ConversationReference(String tenantId, String conversationId, Kind kind, String serviceUrl,
                                    String userObjectId, String userTeamsId, String teamId, String channelId,
                                    String botId, String timeZone, boolean usable, Instant seenAt) {

    /** Where a conversation takes place. */
    public enum Kind {
        PERSONAL, GROUP_CHAT, CHANNEL;

        /** From Teams' {@code conversation.conversationType}. */
        public static Kind ofConversationType(String type) {
            if (type == null || type.equals("personal")) {
                return PERSONAL;
            }
            return type.equals("channel") ? CHANNEL : GROUP_CHAT;
        }
    }

    /**
     * The channel a conversation id belongs to: Teams names each thread of a channel by the channel's id followed by
     * {@code ;messageid=} and its first message's id. Any other id is returned as it is.
     */
    public static String channelOf(String conversationId) {
        int thread = conversationId == null ? -1 : conversationId.indexOf(";messageid=");
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }
}
