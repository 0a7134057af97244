package com.calltriage.bot;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.microsoft.bot.schema.Activity;
import io.github.bucket4j.BlockingStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at delivering a message of the outbox, and what it came to: where the message goes (a person's
 * personal chat, opened first when the bot has no id for it yet; a conversation, where a message to a channel starts
 * a thread; the conversation and activity of the message it replaces), each conversation reached through its kept
 * serviceUrl and within its pace. Connector failures come back as an {@link Outcome}; only the store's are thrown.
 */
final class DeliveryAttempts {
    /** A pace wait up to this long is waited out; a longer one puts the message back. */
    static final Duration MOST_WAITED_OUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Outbox outbox;
    private final ConversationReferences references;
    private final ConnectorCalls connector;
    private final ConversationPace pace = new ConversationPace(ConversationPace.TEAMS_PER_THREAD);
    private final Clock clock;
    private final BlockingStrategy waits;

    DeliveryAttempts(Outbox outbox, ConversationReferences references, ConnectorCalls connector, Clock clock,
                     BlockingStrategy waits) {
        this.outbox = outbox;
        this.references = references;
        this.connector = connector;
        this.clock = clock;
        this.waits = waits;
    }

    Outcome attempt(OutgoingMessage message, Activity activity) {
        return switch (message.target().kind()) {
            case PERSONAL_CHAT -> toPersonalChat(message.target(), activity);
            case CONVERSATION -> toConversation(message.target(), activity);
            case UPDATE -> update(message.target(), activity);
        };
    }

    /** Teams throttled the conversation: nothing more goes there from this replica before {@code until}. */
    void holdBack(String conversationId, Instant until) {
        pace.holdBack(conversationId, until);
    }

    private Outcome toPersonalChat(OutgoingMessage.Target target, Activity activity) {
        Optional<ConversationReference> known = references.personalChatOf(target.tenantId(), target.userObjectId());
        if (known.isEmpty()) {
            return new Waiting("no usable personal chat with " + target.userObjectId() + " in tenant "
                    + target.tenantId() + " yet: the bot has not met them, or was removed; waiting for a reference");
        }
        ConversationReference chat = known.get();
        String conversationId = chat.conversationId();
        if (conversationId == null) {
            try {
                conversationId = connector.openPersonalChat(chat);
            } catch (RuntimeException e) {
                return new Failed(null, e);
            }
            rememberOpened(chat, conversationId);
        }
        return post(chat, conversationId, activity);
    }

    private Outcome toConversation(OutgoingMessage.Target target, Activity activity) {
        Optional<ConversationReference> conversation = usable(target.tenantId(), target.conversationId());
        if (conversation.isEmpty()) {
            return new Waiting("no usable reference to conversation " + target.conversationId() + " yet");
        }
        Outcome posted = post(conversation.get(), target.conversationId(), activity);
        boolean newThread = conversation.get().kind() == ConversationReference.Kind.CHANNEL
                && target.conversationId().equals(TeamsChannelData.withoutThread(target.conversationId()));
        if (posted instanceof Sent sent && newThread && sent.activityId() != null) {
            return new Sent(TeamsChannelData.threadOf(sent.conversationId(), sent.activityId()), sent.activityId());
        }
        return posted;
    }

    private Outcome update(OutgoingMessage.Target target, Activity activity) {
        Optional<Outbox.Delivery> original = outbox.deliveryOf(target.updatesKey());
        if (original.isEmpty()) {
            return new Waiting("waits for message " + target.updatesKey() + " to be delivered first");
        }
        if (original.get().activityId() == null) {
            return new Waiting("message " + target.updatesKey() + " was delivered without an id to replace it by");
        }
        String conversationId = original.get().conversationId();
        Optional<ConversationReference> conversation = usable(target.tenantId(), conversationId);
        if (conversation.isEmpty()) {
            return new Waiting("no usable reference to conversation " + conversationId + " yet");
        }
        return send(conversationId, () -> {
            connector.update(conversation.get().serviceUrl(), conversationId, original.get().activityId(), activity);
            return new Sent(conversationId, original.get().activityId());
        });
    }

    private Outcome post(ConversationReference conversation, String conversationId, Activity activity) {
        return send(conversationId, () -> new Sent(conversationId,
                connector.post(conversation.serviceUrl(), conversationId, activity)));
    }

    /** Sends within the conversation's pace; what the connector throws becomes the outcome. */
    private Outcome send(String conversationId, Supplier<Sent> call) {
        Optional<Instant> quiet = pace.heldBackAt(conversationId, clock.instant());
        if (quiet.isPresent()) {
            return new Paced(conversationId, quiet.get());
        }
        Duration wait = pace.waitBefore(conversationId, clock.instant());
        if (wait.compareTo(MOST_WAITED_OUT) > 0) {
            return new Paced(conversationId, clock.instant().plus(wait));
        }
        try {
            if (!wait.isZero()) {
                waits.park(wait.toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Paced(conversationId, clock.instant());
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            return new Failed(conversationId, e);
        } finally {
            pace.sent(conversationId, clock.instant());
        }
    }

    /** The personal chat just opened is kept, so the next message goes straight to it; failing that costs nothing. */
    private void rememberOpened(ConversationReference chat, String conversationId) {
        try {
            references.remember(new ConversationReference(chat.tenantId(), conversationId, chat.kind(),
                    chat.serviceUrl(), chat.userObjectId(), chat.userTeamsId(), null, null, chat.botId(), null, true,
                    chat.seenAt()));
        } catch (RuntimeException e) {
            LOG.warn("Opened personal chat {} but could not keep it; the next message opens it again: {}",
                    conversationId, e.toString());
        }
    }

    /** A channel's threads are reached through the channel's reference. */
    private Optional<ConversationReference> usable(String tenantId, String conversationId) {
        return references.find(tenantId, TeamsChannelData.withoutThread(conversationId))
                .filter(ConversationReference::usable);
    }

    /** What one attempt came to. */
    sealed interface Outcome permits Sent, Waiting, Paced, Failed {
    }

    /** Teams took it and gave these ids. */
    record Sent(String conversationId, String activityId) implements Outcome {
    }

    /** It cannot go yet, for a reason of ours: no reference, or its original not delivered. */
    record Waiting(String why) implements Outcome {
    }

    /** The conversation's pace holds it back until then; nothing was sent. */
    record Paced(String conversationId, Instant until) implements Outcome {
    }

    /** The connector (or the store) failed it; the conversation is null when none was reached. */
    record Failed(String conversationId, Throwable failure) implements Outcome {
    }
}
