package com.calltriage.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Notifications as Graph posts them for a {@code /communications/callRecords} subscription: change
 * notifications naming a record, lifecycle notifications naming an event, batched in {@code {"value": [...]}}.
 */
public final class GraphNotificationJson {
    public static final String SUBSCRIPTION_ID = "7f105c7d-2dc5-4530-97cd-4e7ae6534c07";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphNotificationJson() {
    }

    /** A change notification with the record id in resourceData, as Graph sends it today. */
    public static ObjectNode changed(String callRecordId, String changeType, String clientState) {
        ObjectNode notification = base(clientState).put("changeType", changeType)
                .put("resource", "communications/callRecords/" + callRecordId);
        notification.putObject("resourceData")
                .put("@odata.type", "#microsoft.graph.callrecord")
                .put("@odata.id", "communications/callRecords/" + callRecordId)
                .put("id", callRecordId);
        return notification.put("subscriptionExpirationDateTime", "2026-11-22T09:00:00.0000000+00:00");
    }

    public static ObjectNode lifecycle(String event, String clientState) {
        return base(clientState).put("lifecycleEvent", event).put("resource", "/communications/callRecords")
                .put("subscriptionExpirationDateTime", "2026-11-22T09:00:00.0000000+00:00");
    }

    /** The body of one POST: the notifications in Graph's {@code value} list. */
    public static String batch(ObjectNode... notifications) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode value = body.putArray("value");
        for (ObjectNode notification : notifications) {
            value.add(notification);
        }
        return body.toString();
    }

    private static ObjectNode base(String clientState) {
        ObjectNode notification = JSON.createObjectNode().put("subscriptionId", SUBSCRIPTION_ID);
        if (clientState != null) {
            notification.put("clientState", clientState);
        }
        return notification.put("tenantId", DemoFixtures.HOME_TENANT);
    }
}
