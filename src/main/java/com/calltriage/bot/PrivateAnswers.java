package com.calltriage.bot;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReferences;
import com.calltriage.conversation.Outbox;
import com.calltriage.conversation.OutgoingMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asker's way to a private answer when they ask in a shared conversation: whether the bot has a personal
 * chat with them, and the queueing of the full answer there through the outbox, which delivers it once from
 * whichever replica claims it. A person only seen in shared conversations is not counted as reachable: the bot
 * cannot know whether the app is installed for them, and a message it cannot deliver would leave them with a
 * "sent privately" that never arrives.
 */
final class PrivateAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateAnswers.class);

    private final ConversationReferences references;
    private final Outbox outbox;
    private final Clock clock;

    PrivateAnswers(ConversationReferences references, Outbox outbox, Clock clock) {
        this.references = references;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The asker's personal chat with the bot, when it exists; a failing store is taken as none. */
    Optional<String> personalChatOf(String tenantId, String userObjectId) {
        if (tenantId == null || userObjectId == null) {
            return Optional.empty();
        }
        try {
            return references.personalChatOf(tenantId, userObjectId).map(ConversationReference::conversationId);
        } catch (RuntimeException e) {
            LOG.warn("Could not look up the personal chat of {}: {}", userObjectId, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Queues the card for the asker's personal chat. The key names the incoming activity, so a turn Teams sends
     * again queues nothing new.
     */
    void send(String tenantId, String userObjectId, String askedIn, String activityId, Attachment card) {
        Activity message = MessageFactory.attachment(card);
        String json;
        try {
            json = Serialization.toString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A card that cannot be written as JSON", e);
        }
        outbox.enqueue(new OutgoingMessage("private:" + tenantId + ":" + askedIn + ":" + activityId,
                OutgoingMessage.Target.personalChat(tenantId, userObjectId), json), clock.instant());
    }
}
