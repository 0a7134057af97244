package com.calltriage.summary;

import com.calltriage.command.TimeWindow;
import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.OutgoingMessage;
import com.calltriage.conversation.Outbox;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each manager's morning card: yesterday's summary in their own days, queued for their personal chat once their
 * local time has reached {@link Summaries#sendAt()}, once per manager per local day. The day is claimed in the store
 * by a conditional update in the transaction that queues the card, so of several replicas, and after a restart, one
 * sends it, and a replica dying in between leaves the day to another; the outbox's key (manager and day) keeps a
 * card queued twice once all the same. A manager's zone is the one their Teams
 * client last reported, else the configured one. A manager without a personal chat with the bot is not reachable
 * yet: they are reported, not claimed, so they get the card on the day they first chat.
 */
public final class MorningSummaries {
    private final Summaries summaries;
    private final SummaryReport report;
    private final ConversationReferences references;
    private final Outbox outbox;
    private final ZoneId defaultZone;
    private final Function<SummaryView, String> activityJson;
    private final Clock clock;

    /**
     * @param activityJson the message activity that carries a summary's card, as JSON (the edge renders it)
     */
    public MorningSummaries(Summaries summaries, ConversationReferences references, Outbox outbox, ZoneId defaultZone,
                            Function<SummaryView, String> activityJson, Clock clock) {
        this.summaries = summaries;
        this.report = new SummaryReport(summaries.store());
        this.references = references;
        this.outbox = outbox;
        this.defaultZone = defaultZone;
        this.activityJson = activityJson;
        this.clock = clock;
    }

    /** What a round did: whom it queued a card for, and the managers the bot cannot reach yet. */
    public record Round(List<String> sent, List<String> unreachable) {
        public Round {
            sent = List.copyOf(sent);
            unreachable = List.copyOf(unreachable);
        }
    }

    /** Queues the card of every manager whose time has come today and who has not had it yet. */
    public Round run(String tenantId, Collection<String> managerIds) {
        Instant now = clock.instant();
        List<String> sent = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (String manager : managerIds) {
            Optional<ConversationReference> chat = references.personalChatOf(tenantId, manager)
                    .filter(ConversationReference::usable);
            if (chat.isEmpty()) {
                unreachable.add(manager);
                continue;
            }
            ZoneId zone = zoneOf(chat.get());
            ZonedDateTime local = now.atZone(zone);
            if (local.toLocalTime().isBefore(summaries.sendAt())) {
                continue;
            }
            LocalDate today = local.toLocalDate();
            if (summaries.store().claimDayAndQueue(tenantId, manager, today, outbox,
                    () -> morningCard(tenantId, manager, today, now, zone), now)) {
                sent.add(manager);
            }
        }
        return new Round(sent, unreachable);
    }

    /** Yesterday's card of one manager, for their personal chat, keyed by manager and day. */
    private OutgoingMessage morningCard(String tenantId, String manager, LocalDate today, Instant now, ZoneId zone) {
        TimeWindow yesterday = TimeWindow.parse("yesterday", now, zone);
        SummaryView view = report.of(yesterday, zone, null, "Your morning summary; '"
                + SummaryCommands.SWITCH.write("switch", "off") + "' stops it.", List.of(
                new SummaryView.Button("Last 7 days", SummaryCommands.SUMMARY.write("range", "last 7 days")),
                new SummaryView.Button("Last 30 days", SummaryCommands.SUMMARY.write("range", "last 30 days"))));
        return new OutgoingMessage("summary:" + tenantId + ":" + manager + ":" + today,
                OutgoingMessage.Target.personalChat(tenantId, manager), activityJson.apply(view));
    }

    private ZoneId zoneOf(ConversationReference chat) {
        if (chat.timeZone() == null || chat.timeZone().isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(chat.timeZone());
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }
}
