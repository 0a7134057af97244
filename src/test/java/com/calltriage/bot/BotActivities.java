package com.calltriage.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Teams-shaped activities as a Teams client or a local test client sends them. */
final class BotActivities {
    /** Where Teams says an accepted file can be opened, and its id there. */
    static final String FILE_CONTENT_URL = "https://contoso-my.sharepoint.com/personal/sam/Documents/Apps/calls.csv";
    static final String FILE_UNIQUE_ID = "1150D938-8870-4044-9F2C-5BBDEBA70C9D";

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

    /** The activity as sent by someone else: Teams gives the sender's display name in from.name. */
    static ObjectNode sentBy(ObjectNode activity, String displayName) {
        ((ObjectNode) activity.get("from")).put("name", displayName);
        return activity;
    }

    /** The activity in another one-to-one chat with the bot; "details 3" and "more" refer to that chat's list. */
    static ObjectNode inPersonalChat(ObjectNode activity, String conversationId) {
        ((ObjectNode) activity.get("conversation")).put("id", conversationId);
        return activity;
    }

    /**
     * The activity turned into the one Teams sends when the sender presses Allow on a file consent card: Teams has
     * made room for the file at {@code uploadUrl}, and {@code command} is what the card was offered for.
     */
    static ObjectNode acceptingFile(ObjectNode activity, String command, String uploadUrl) {
        activity.remove("text");
        activity.put("type", "invoke");
        activity.put("name", "fileConsent/invoke");
        ObjectNode value = activity.putObject("value");
        value.put("type", "fileUpload");
        value.put("action", "accept");
        value.putObject("context").put("command", command);
        ObjectNode upload = value.putObject("uploadInfo");
        upload.put("name", "calls.csv");
        upload.put("uploadUrl", uploadUrl);
        upload.put("contentUrl", FILE_CONTENT_URL);
        upload.put("uniqueId", FILE_UNIQUE_ID);
        upload.put("fileType", "csv");
        return activity;
    }

    /** The activity turned into the one Teams sends when the sender installs the bot: an installationUpdate. */
    static ObjectNode installingTheBot(ObjectNode activity) {
        activity.put("type", "installationUpdate");
        activity.put("action", "add");
        activity.remove("text");
        return activity;
    }

    /** The activity turned into the one Teams sends when the sender joins a conversation the bot is in. */
    static ObjectNode addingTheSender(ObjectNode activity) {
        activity.put("type", "conversationUpdate");
        activity.remove("text");
        activity.putArray("membersAdded").add(activity.get("from").deepCopy());
        return activity;
    }
}
