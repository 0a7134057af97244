package com.calltriage.testing;

import java.time.Instant;

/** Graph's JSON for subscriptions, as {@code /subscriptions} answers. */
public final class GraphSubscriptionAnswers {
    public static final String NOTIFICATION_URL = "https://calltriage.contoso.com/api/graph/notifications";

    private GraphSubscriptionAnswers() {
    }

    /** A call records subscription to our notification URL. */
    public static String subscription(String id, Instant expiry) {
        return subscription(id, NOTIFICATION_URL, expiry);
    }

    public static String subscription(String id, String notificationUrl, Instant expiry) {
        return "{\"id\": \"" + id + "\", \"resource\": \"/communications/callRecords\", "
                + "\"changeType\": \"created,updated\", \"notificationUrl\": \"" + notificationUrl + "\", "
                + "\"expirationDateTime\": \"" + expiry.toString().replace("Z", ".0000000Z") + "\"}";
    }

    public static String list(String... subscriptions) {
        return "{\"value\": [" + String.join(", ", subscriptions) + "]}";
    }
}
