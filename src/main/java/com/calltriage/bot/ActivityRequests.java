package com.calltriage.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What {@code /api/messages} checks before the SDK sees a request: that it could carry a token, that its body is
 * of a size Teams sends, that it is an activity, and that the bot can answer it.
 */
final class ActivityRequests {
    /** Far more than any activity Teams sends; a larger body is not read. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private ActivityRequests() {
    }

    /** Whether the Authorization header could carry a Bot Framework token; the SDK checks the token itself. */
    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
    }

    /** The body, read no further than {@link #MAX_BODY_BYTES}; empty when it is longer, declared or sent. */
    static Optional<byte[]> body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
    }

    /** The activity the body holds; empty when it holds none, or one without a type. */
    static Optional<Activity> activity(byte[] body) {
        try {
            Activity activity = Serialization.treeToValue(
                    Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8)), Activity.class);
            return activity == null || activity.getType() == null ? Optional.empty() : Optional.of(activity);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the bot could not answer the activity, in a sentence for its sender; empty when it can. Replies go to
     * the serviceUrl, unless the activity expects them in the response; a file consent answer carries a value.
     */
    static Optional<String> unanswerable(Activity activity) {
        String serviceUrl = activity.getServiceUrl();
        if (serviceUrl == null || serviceUrl.isBlank()) {
            if (!DeliveryModes.EXPECT_REPLIES.toString().equals(activity.getDeliveryMode())) {
                return Optional.of("The activity names no serviceUrl to reply to.");
            }
        } else if (HttpUrl.parse(serviceUrl) == null) {
            return Optional.of("The activity's serviceUrl is not an http or https URL.");
        }
        if (activity.isType(ActivityTypes.INVOKE) && ExportDelivery.CONSENT_INVOKE.equals(activity.getName())) {
            JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
            if (value == null || !value.isObject()) {
                return Optional.of("A file consent answer carries the user's answer in its value.");
            }
        }
        return Optional.empty();
    }
}
