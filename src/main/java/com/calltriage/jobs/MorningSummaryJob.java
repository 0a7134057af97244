package com.calltriage.jobs;

import com.calltriage.card.AdaptiveCardRenderer;
import com.calltriage.config.CallTriageProperties;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.demo.DemoTenant;
import com.calltriage.summary.ManagerDirectory;
import com.calltriage.summary.MorningSummaries;
import com.calltriage.summary.Summaries;
import com.calltriage.summary.SummaryStore;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on every replica, queues the morning summary of each manager whose {@code calltriage.summary.send-at}
 * has come in their time zone (see {@link MorningSummaries}: the day's claim in the store makes it once across
 * replicas and restarts), and every hour deletes the hourly totals older than {@code calltriage.summary.retention}.
 * Managers come from the {@link ManagerDirectory}; with {@code calltriage.summary.install-for-managers}, the app is
 * installed once (per replica's life) for each manager the bot cannot reach. Health shows the
 * managers the bot cannot reach yet ({@code summary} under {@code /actuator/health}). Never throws: a failed round
 * is logged and the next one tries again.
 */
@Component("summaryHealthIndicator")
@EnableScheduling
@ConditionalOnWebApplication
class MorningSummaryJob implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(MorningSummaryJob.class);

    private final MorningSummaries mornings;
    private final SummaryStore store;
    private final String tenantId;
    private final ManagerDirectory managers;
    private final boolean install;
    private final Set<String> installTried = ConcurrentHashMap.newKeySet();
    private final Duration retention;
    private final Clock clock;
    private volatile int managerCount;
    private volatile MorningSummaries.Round last = new MorningSummaries.Round(List.of(), List.of());

    MorningSummaryJob(SummaryStore store, ManagerDirectory managers, ConversationReferences references, Outbox outbox,
                      AdaptiveCardRenderer renderer, CallTriageProperties properties, Clock clock) {
        this.store = store;
        this.clock = clock;
        CallTriageProperties.Summary summary = properties.summary();
        this.mornings = new MorningSummaries(new Summaries(store, summary.sendAtTime()), references, outbox,
                summary.zone(), view -> activity(renderer.render(view)), clock);
        this.tenantId = properties.tenantId() == null || properties.tenantId().isBlank() ? DemoTenant.HOME_TENANT_ID
                : properties.tenantId();
        this.managers = managers;
        this.install = summary.installForManagers();
        this.retention = summary.retention();
    }

    /** A message activity carrying the card, as the Bot Connector takes it. */
    static String activity(ObjectNode card) {
        ObjectNode activity = JsonNodeFactory.instance.objectNode();
        activity.put("type", "message");
        activity.put("summary", "Your call quality summary");
        ObjectNode attachment = activity.putArray("attachments").addObject();
        attachment.put("contentType", AdaptiveCardRenderer.CONTENT_TYPE);
        attachment.set("content", card);
        return activity.toString();
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT1M")
    void sendDue() {
        try {
            Set<String> ids = managers.managerIds();
            managerCount = ids.size();
            last = mornings.run(tenantId, ids);
            if (!last.sent().isEmpty()) {
                LOG.info("Queued the morning summary for {} managers", last.sent().size());
            }
            if (install) {
                // Once per replica's life: Teams opens the chat when the app is installed, and the next round sees it.
                last.unreachable().stream().filter(installTried::add).forEach(managers::installFor);
            }
        } catch (RuntimeException e) {
            LOG.warn("The morning summaries failed; trying again in a minute: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    void deleteExpiredTotals() {
        try {
            int deleted = store.deleteTotalsBefore(clock.instant().minus(retention));
            if (deleted > 0) {
                LOG.info("Deleted {} hourly call quality totals older than {}", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("Deleting expired call quality totals failed; trying again next hour: {}", e.toString());
        }
    }

    /** UP, with the managers the bot cannot reach yet: they have no personal chat with it. */
    @Override
    public Health health() {
        return Health.up().withDetail("managers", managerCount)
                .withDetail("unreachableManagers", last.unreachable()).build();
    }
}
