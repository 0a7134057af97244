package com.calltriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks of the call records subscription. {@code POST /api/graph/notifications} takes change
 * notifications and only queues them: Graph wants an answer within seconds and fetching a record takes
 * longer, so a worker fetches later. {@code POST /api/graph/lifecycle} hands lifecycle events to
 * subscription management. Both answer Graph's validation handshake ({@code ?validationToken=...}) by
 * echoing the token, and refuse notifications whose client state is not ours.
 */
@RestController
@ConditionalOnWebApplication
public class GraphNotificationController {
    private static final Logger LOG = LoggerFactory.getLogger(GraphNotificationController.class);
    // Graph's subscription ids are GUIDs; anything else is not logged or passed on.
    private static final Pattern SUBSCRIPTION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final NotificationQueue queue;
    private final ClientStateCheck clientState;
    private final NotificationCounters counters;
    private final Clock clock;
    private final ObjectProvider<LifecycleEvents> lifecycle;

    public GraphNotificationController(NotificationQueue queue, ClientStateCheck clientState,
                                       NotificationCounters counters, Clock clock,
                                       ObjectProvider<LifecycleEvents> lifecycle) {
        this.queue = queue;
        this.clientState = clientState;
        this.counters = counters;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    @PostMapping(path = "/api/graph/notifications", consumes = MediaType.ALL_VALUE)
    public ResponseEntity<String> changed(@RequestParam(name = "validationToken", required = false) String token,
                                          @RequestBody(required = false) String body) {
        if (token != null) {
            return echo(token);
        }
        NotificationBatch batch;
        try {
            batch = NotificationBatch.read(body, clientState);
        } catch (UnreadableNotificationsException e) {
            return text(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        counters.countReceived(batch.size());
        counters.countRefused(batch.refused());
        if (batch.refused() > 0) {
            logRefusal(batch, "change");
        }
        if (batch.allRefused()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Instant now = clock.instant();
        List<QueuedNotification> queued = new ArrayList<>();
        for (JsonNode notification : batch.accepted()) {
            ChangeNotification.queued(notification, now).ifPresentOrElse(queued::add,
                    () -> LOG.warn("Ignored a change notification that names no call record"));
        }
        queue.enqueue(queued);
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @PostMapping(path = "/api/graph/lifecycle", consumes = MediaType.ALL_VALUE)
    public ResponseEntity<String> lifecycle(@RequestParam(name = "validationToken", required = false) String token,
                                            @RequestBody(required = false) String body) {
        if (token != null) {
            return echo(token);
        }
        NotificationBatch batch;
        try {
            batch = NotificationBatch.read(body, clientState);
        } catch (UnreadableNotificationsException e) {
            return text(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (batch.refused() > 0) {
            logRefusal(batch, "lifecycle");
        }
        if (batch.allRefused()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        batch.accepted().forEach(this::deliver);
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    private void deliver(JsonNode notification) {
        Optional<LifecycleEvent> event = LifecycleEvent.named(notification.path("lifecycleEvent").textValue());
        String subscriptionId = notification.path("subscriptionId").textValue();
        if (event.isEmpty() || subscriptionId == null || !SUBSCRIPTION_ID.matcher(subscriptionId).matches()) {
            LOG.warn("Ignored a lifecycle notification without a known event and subscription id");
            return;
        }
        LifecycleEvents events = lifecycle.getIfAvailable();
        if (events == null) {
            LOG.warn("Graph sent {} for subscription {}, but subscription management is not configured",
                    event.get().graphName(), subscriptionId);
            return;
        }
        LOG.info("Graph sent {} for subscription {}", event.get().graphName(), subscriptionId);
        try {
            event.get().deliverTo(events, subscriptionId);
        } catch (RuntimeException e) {
            // The other events of the batch still deserve their turn; Graph repeats what stays unresolved.
            LOG.error("Handling {} for subscription {} failed", event.get().graphName(), subscriptionId, e);
        }
    }

    private void logRefusal(NotificationBatch batch, String kind) {
        LOG.warn("Refused {} of {} {} notifications: client state {}", batch.refused(), batch.size(), kind,
                clientState.isConfigured() ? "missing or wrong" : "not configured (calltriage.graph.client-state)");
    }

    /** Graph checks the endpoint by sending a token it wants back as plain text, within ten seconds. */
    private static ResponseEntity<String> echo(String token) {
        if (token.isEmpty()) {
            return text(HttpStatus.BAD_REQUEST, "Empty validationToken");
        }
        // nosniff: the token is whatever the caller sent, so no browser may read it as anything but text.
        return ResponseEntity.ok().header("X-Content-Type-Options", "nosniff").contentType(MediaType.TEXT_PLAIN)
                .body(token);
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
