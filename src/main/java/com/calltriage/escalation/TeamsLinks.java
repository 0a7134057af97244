package com.calltriage.escalation;

import com.calltriage.conversation.ConversationReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Teams deep links: to a channel thread, and to a 1:1 chat with a person. */
public final class TeamsLinks {
    private static final String BASE = "https://teams.microsoft.com/l/";

    private TeamsLinks() {
    }

    /**
     * The thread a card started: {@code /l/message/<channel id>/<message id>?tenantId=..&parentMessageId=..}; Teams
     * opens the channel at that message. Null while the card's ids are unknown.
     */
    public static String thread(String tenantId, Ticket.Thread thread) {
        if (thread == null || thread.activityId() == null || thread.conversationId() == null) {
            return null;
        }
        String channel = ConversationReference.channelOf(thread.conversationId());
        return BASE + "message/" + encode(channel) + "/" + encode(thread.activityId()) + "?tenantId="
                + encode(tenantId) + "&parentMessageId=" + encode(thread.activityId());
    }

    /** A chat with the person, {@code /l/chat/0/0?users=<UPN>}; null when their UPN is not known. */
    public static String chat(String upn) {
        return upn == null || upn.isBlank() ? null : BASE + "chat/0/0?users=" + encode(upn);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
