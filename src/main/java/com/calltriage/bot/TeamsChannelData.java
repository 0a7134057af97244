package com.calltriage.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/** Reads the Teams-specific parts of an activity. */
final class TeamsChannelData {
    private TeamsChannelData() {
    }

    /** The tenant the activity came from: Teams sends it in channelData.tenant.id. */
    static String tenantId(Activity activity) {
        if (activity.getChannelData() != null) {
            JsonNode data = Serialization.objectToTree(activity.getChannelData());
            JsonNode id = data == null ? null : data.at("/tenant/id");
            if (id != null && id.isTextual()) {
                return id.asText();
            }
        }
        return activity.getConversation() == null ? null : activity.getConversation().getTenantId();
    }
}
