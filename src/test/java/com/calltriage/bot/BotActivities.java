package com.calltriage.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Teams-shaped activities as a Teams client or a local test client sends them. */
final class BotActivities {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BotActivities() {
    }

    static ObjectNode message(String text, String aadObjectId, String tenantId, String serviceUrl) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message");
        activity.put("id", UUID.randomUUID().toString());
        activity.put("channelId", "msteams");
        activity.put("serviceUrl", serviceUrl);
        activity.put("text", text);
        ObjectNode from = activity.putObject("from");
        from.put("id", "29:" + aadObjectId);
        from.put("name", "Sam Rivera");
        from.put("aadObjectId", aadObjectId);
        ObjectNode recipient = activity.putObject("recipient");
        recipient.put("id", "28:calltriage-bot");
        recipient.put("name", "CallTriage");
        ObjectNode conversation = activity.putObject("conversation");
        conversation.put("id", "a:personal-chat-1");
        conversation.put("conversationType", "personal");
        conversation.put("tenantId", tenantId);
        activity.putObject("channelData").putObject("tenant").put("id", tenantId);
        return activity;
    }

    static ObjectNode expectingReplies(ObjectNode activity) {
        activity.put("deliveryMode", "expectReplies");
        return activity;
    }
}
