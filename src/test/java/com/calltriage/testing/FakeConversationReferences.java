package com.calltriage.testing;

import com.calltriage.conversation.ConversationReference;
import com.calltriage.conversation.ConversationReferences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** Conversation references in memory, held to the same contract as the database ones. */
public final class FakeConversationReferences implements ConversationReferences {
    private final List<ConversationReference> kept = new ArrayList<>();

    @Override
    public synchronized void remember(ConversationReference reference) {
        String person = reference.kind() == ConversationReference.Kind.PERSONAL && !blank(reference.userObjectId())
                ? lower(reference.userObjectId()) : null;
        if (blank(reference.tenantId()) || blank(reference.serviceUrl())
                || (blank(reference.conversationId()) && person == null)) {
            throw new IllegalArgumentException("A conversation reference names its tenant, its serviceUrl and its "
                    + "conversation or, for a personal chat, its person: " + reference);
        }
        String tenant = lower(reference.tenantId());
        Optional<ConversationReference> known = person == null ? Optional.empty()
                : first(r -> r.tenantId().equals(tenant) && person.equals(r.userObjectId()));
        if (known.isEmpty() && reference.conversationId() != null) {
            known = first(r -> r.tenantId().equals(tenant) && reference.conversationId().equals(r.conversationId()));
        }
        Instant seenAt = Instant.ofEpochMilli(reference.seenAt().toEpochMilli());
        if (known.isEmpty()) {
            kept.add(new ConversationReference(tenant, reference.conversationId(), reference.kind(),
                    reference.serviceUrl(), person, reference.userTeamsId(), reference.teamId(),
                    reference.channelId(), reference.botId(), reference.timeZone(), true, seenAt));
            return;
        }
        ConversationReference old = known.get();
        if (old.seenAt().isAfter(seenAt)) {
            return;
        }
        kept.set(kept.indexOf(old), new ConversationReference(tenant,
                or(reference.conversationId(), old.conversationId()), old.kind(), reference.serviceUrl(),
                or(person, old.userObjectId()), or(reference.userTeamsId(), old.userTeamsId()),
                or(reference.teamId(), old.teamId()), or(reference.channelId(), old.channelId()),
                or(reference.botId(), old.botId()), or(reference.timeZone(), old.timeZone()), true, seenAt));
    }

    @Override
    public synchronized Optional<ConversationReference> personalChatOf(String tenantId, String userObjectId) {
        return first(r -> r.tenantId().equals(lower(tenantId)) && Objects.equals(r.userObjectId(), lower(userObjectId))
                && r.usable());
    }

    @Override
    public synchronized Optional<ConversationReference> find(String tenantId, String conversationId) {
        return first(r -> r.tenantId().equals(lower(tenantId)) && Objects.equals(r.conversationId(), conversationId));
    }

    @Override
    public synchronized void markUnusable(String tenantId, String conversationId) {
        find(tenantId, conversationId).ifPresent(r -> kept.set(kept.indexOf(r), new ConversationReference(
                r.tenantId(), r.conversationId(), r.kind(), r.serviceUrl(), r.userObjectId(), r.userTeamsId(),
                r.teamId(), r.channelId(), r.botId(), r.timeZone(), false, r.seenAt())));
    }

    private Optional<ConversationReference> first(Predicate<ConversationReference> matches) {
        return kept.stream().filter(matches).findFirst();
    }

    private static String or(String value, String known) {
        return value != null ? value : known;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
