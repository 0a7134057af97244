package com.calltriage.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The time zone the sender's Teams client reports with an activity: {@code localTimezone}, else the
 * {@code clientInfo} entity's {@code timezone}. Only an IANA zone Java knows counts; anything else could not place a
 * time anyway, and is passed over as if the client had sent nothing.
 */
final class ClientTimeZone {
    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

    private ClientTimeZone() {
    }

    static Optional<ZoneId> of(Activity activity) {
        if (isKnown(activity.getLocalTimezone())) {
            return Optional.of(ZoneId.of(activity.getLocalTimezone()));
        }
        for (Entity entity : Objects.requireNonNullElse(activity.getEntities(), List.<Entity>of())) {
            if (entity != null && "clientInfo".equalsIgnoreCase(entity.getType()) && entity.getProperties() != null) {
                JsonNode zone = entity.getProperties().get("timezone");
                if (zone != null && isKnown(zone.asText())) {
                    return Optional.of(ZoneId.of(zone.asText()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isKnown(String zone) {
        return zone != null && KNOWN.contains(zone);
    }
}
