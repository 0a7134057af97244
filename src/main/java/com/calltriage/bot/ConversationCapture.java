package com.calltriage.bot;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReference.Kind;
import com.calltriage.conversation.ConversationReferences;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the way back to every conversation an activity comes from, before the bot answers it, so that any replica
 * can speak there later: the tenant ({@code channelData.tenant.id}), the serviceUrl, the conversation's id and type
 * (for a channel, the channel's id rather than the thread's),
 * the team and channel ({@code channelData.team.id}, {@code channelData.channel.id}), the bot's own id
 * ({@code recipient.id}), and for the sender their Teams and Entra ids ({@code from.id}, {@code from.aadObjectId})
 * and the time zone their Teams client reports ({@code localTimezone}, else the {@code clientInfo} entity's).
 *
 * <p>An activity from a personal chat keeps that chat. One from a group chat or a channel keeps the conversation,
 * and for its sender a personal chat to open later, so a private answer can reach them there. An installation
 * update that removes the bot, and a conversation update listing the bot among the members removed, mark the
 * conversation unusable instead. Activities without a tenant, serviceUrl or conversation id (local clients that
 * expect their replies in the response) are passed over.
 *
 * <p>Keeping a reference never fails the turn: a failure is logged in one line, and the next activity tries again.
 */
public final class ConversationCapture implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationCapture.class);

    private final ConversationReferences references;
    private final Clock clock;

    public ConversationCapture(ConversationReferences references, Clock clock) {
        this.references = references;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext, NextDelegate next) {
        capture(turnContext.getActivity());
        return next.next();
    }

    void capture(Activity activity) {
        String tenant = TeamsChannelData.tenantId(activity);
        ConversationAccount conversation = activity.getConversation();
        if (blank(tenant) || conversation == null || blank(conversation.getId()) || blank(activity.getServiceUrl())) {
            return;
        }
        try {
            if (removesTheBot(activity)) {
                references.markUnusable(tenant, conversation.getId());
            } else {
                remember(activity, tenant, conversation);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the reference of conversation {}; the next activity from it tries again: {}",
                    conversation.getId(), e.toString());
        }
    }

    private void remember(Activity activity, String tenant, ConversationAccount conversation) {
        Instant now = clock.instant();
        Kind kind = Kind.ofConversationType(conversation.getConversationType());
        ChannelAccount from = activity.getFrom();
        String teamsId = from == null ? null : from.getId();
        String objectId = from == null ? null : from.getAadObjectId();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (kind == Kind.PERSONAL) {
            references.remember(new ConversationReference(tenant, conversation.getId(), kind,
                    activity.getServiceUrl(), objectId, teamsId, null, null, botId, timeZoneOf(activity), true, now));
            return;
        }
        // A channel is kept once, not once per thread: a message to it may start a thread of its own.
        String conversationId = kind == Kind.CHANNEL ? TeamsChannelData.withoutThread(conversation.getId())
                : conversation.getId();
        references.remember(new ConversationReference(tenant, conversationId, kind, activity.getServiceUrl(),
                null, null, TeamsChannelData.teamId(activity), TeamsChannelData.channelId(activity), botId, null,
                true, now));
        if (!blank(objectId) && !blank(teamsId)) {
            references.remember(new ConversationReference(tenant, null, Kind.PERSONAL, activity.getServiceUrl(),
                    objectId, teamsId, null, null, botId, timeZoneOf(activity), true, now));
        }
    }

    /** As the SDK dispatches them: an installation update's action {@code remove} or {@code remove-upgrade}. */
    private static boolean removesTheBot(Activity activity) {
        if (activity.isType(ActivityTypes.INSTALLATION_UPDATE)) {
            return activity.getAction() != null && activity.getAction().toLowerCase(Locale.ROOT).startsWith("remove");
        }
        if (activity.isType(ActivityTypes.CONVERSATION_UPDATE) && activity.getRecipient() != null) {
            List<ChannelAccount> removed = Objects.requireNonNullElse(activity.getMembersRemoved(), List.of());
            return removed.stream().anyMatch(member -> member != null
                    && Objects.equals(member.getId(), activity.getRecipient().getId()));
        }
        return false;
    }

    /** The zone the sender's Teams client reports, or null. */
    private static String timeZoneOf(Activity activity) {
        return ClientTimeZone.of(activity).map(ZoneId::getId).orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
