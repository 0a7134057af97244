package com.calltriage.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * One POST from Graph, {@code {"value": [notification, ...]}}, split into the notifications whose client
 * state is ours and a count of the others. Graph may batch notifications of several subscriptions, so
 * each one is checked on its own.
 */
final class NotificationBatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> accepted;
    private final int refused;

    private NotificationBatch(List<JsonNode> accepted, int refused) {
        this.accepted = List.copyOf(accepted);
        this.refused = refused;
    }

    static NotificationBatch read(String body, ClientStateCheck clientState) throws UnreadableNotificationsException {
        if (body == null || body.isBlank()) {
            throw new UnreadableNotificationsException("Not a Graph notification batch: the body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableNotificationsException("Not a Graph notification batch: not JSON");
        }
        JsonNode value = root == null ? null : root.get("value");
        if (value == null || !value.isArray()) {
            throw new UnreadableNotificationsException("Not a Graph notification batch: no \"value\" list");
        }
        List<JsonNode> accepted = new ArrayList<>();
        int refused = 0;
        for (JsonNode notification : value) {
            if (!notification.isObject()) {
                throw new UnreadableNotificationsException("Not a Graph notification batch: an entry is not an object");
            }
            if (clientState.matches(notification.path("clientState").textValue())) {
                accepted.add(notification);
            } else {
                refused++;
            }
        }
        return new NotificationBatch(accepted, refused);
    }

    /** The notifications that carried our client state. */
    List<JsonNode> accepted() {
        return accepted;
    }

    int refused() {
        return refused;
    }

    int size() {
        return accepted.size() + refused;
    }

    /** True when there were notifications and none of them carried our client state. */
    boolean allRefused() {
        return refused > 0 && accepted.isEmpty();
    }
}
