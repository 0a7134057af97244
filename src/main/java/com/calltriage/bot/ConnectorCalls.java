package com.calltriage.bot;

import com.calltriage.conversation.ConversationReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.Conversations;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Objects;

/**
 * The Bot Connector's conversations API at a serviceUrl kept from an earlier activity, for messages the bot sends on
 * its own: {@code POST /v3/conversations}, {@code POST /v3/conversations/{id}/activities} and
 * {@code PUT /v3/conversations/{id}/activities/{activityId}}. Each call waits for the answer, within the connector
 * timeout, and throws what the SDK's connector client throws (see {@link ConnectorFailures}).
 */
final class ConnectorCalls {
    private final CallTriageAdapter adapter;

    ConnectorCalls(CallTriageAdapter adapter) {
        this.adapter = adapter;
    }

    /**
     * Opens the bot's personal chat with the person named by {@code chat} (their Teams id, the bot's id, the tenant),
     * or finds it again: Teams answers with the chat's id either way.
     */
    String openPersonalChat(ConversationReference chat) {
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(new ChannelAccount(chat.botId()));
        parameters.setMembers(List.of(new ChannelAccount(chat.userTeamsId())));
        parameters.setTenantId(chat.tenantId());
        ObjectNode channelData = JsonNodeFactory.instance.objectNode();
        channelData.putObject("tenant").put("id", chat.tenantId());
        parameters.setChannelData(channelData);
        return conversations(chat.serviceUrl()).createConversation(parameters).join().getId();
    }

    /** Posts a new message (in a channel, a new thread) and returns the id Teams gave it; null when it gave none. */
    String post(String serviceUrl, String conversationId, Activity activity) {
        ResourceResponse posted = conversations(serviceUrl).sendToConversation(conversationId, checkable(activity))
                .join();
        return posted == null ? null : posted.getId();
    }

    /** Replaces the message Teams gave {@code activityId} with {@code activity}. */
    void update(String serviceUrl, String conversationId, String activityId, Activity activity) {
        activity.setId(activityId);
        conversations(serviceUrl).updateActivity(conversationId, activityId, checkable(activity)).join();
    }

    /**
     * The activity with its free-form parts (channel data, value, attachments' content) as JSON trees: the SDK
     * checks what it sends field by field through reflection, which Java refuses inside the JDK's own maps and
     * lists, as an activity read from JSON holds them.
     */
    private static Activity checkable(Activity activity) {
        activity.setChannelData(tree(activity.getChannelData()));
        activity.setValue(tree(activity.getValue()));
        for (Attachment attachment : Objects.requireNonNullElse(activity.getAttachments(), List.<Attachment>of())) {
            attachment.setContent(tree(attachment.getContent()));
        }
        return activity;
    }

    private static Object tree(Object value) {
        return value == null || value instanceof JsonNode ? value : Serialization.objectToTree(value);
    }

    private Conversations conversations(String serviceUrl) {
        return adapter.connectorForOwnMessages(serviceUrl).getConversations();
    }
}
