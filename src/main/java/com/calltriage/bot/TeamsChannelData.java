package com.calltriage.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/** Reads the Teams-specific parts of an activity. */
final class TeamsChannelData {
    private static final String THREAD = ";messageid=";
    private TeamsChannelData() {
    }

    /** The tenant the activity came from: Teams sends it in channelData.tenant.id. */
    static String tenantId(Activity activity) {
        String id = text(activity, "/tenant/id");
        if (id != null) {
            return id;
        }
        return activity.getConversation() == null ? null : activity.getConversation().getTenantId();
    }

    /** For an activity from a team channel, its team's id: channelData.team.id; null otherwise. */
    static String teamId(Activity activity) {
        return text(activity, "/team/id");
    }

    /** For an activity from a team channel, the channel's id: channelData.channel.id; null otherwise. */
    static String channelId(Activity activity) {
        return text(activity, "/channel/id");
    }

    /**
     * The channel a channel conversation id belongs to: Teams names each thread of a channel by the channel's id
     * followed by {@code ;messageid=} and its first message's id. Any other id is returned as it is.
     */
    static String withoutThread(String conversationId) {
        int thread = conversationId == null ? -1 : conversationId.indexOf(THREAD);
        return thread < 0 ? conversationId : conversationId.substring(0, thread);
    }

    /** The id of the thread that a message posted to a channel, with the activity id Teams gave it, starts. */
    static String threadOf(String channelConversationId, String activityId) {
        return withoutThread(channelConversationId) + THREAD + activityId;
    }

    private static String text(Activity activity, String pointer) {
        if (activity.getChannelData() == null) {
            return null;
        }
        JsonNode data = Serialization.objectToTree(activity.getChannelData());
        JsonNode value = data == null ? null : data.at(pointer);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
