package com.calltriage.command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last call list shown in each conversation, so "details 3" means the third call on it and "more"
 * continues it. Bounded: the least recently used conversations are forgotten first.
 */
public final class RecentLists {
    private static final int MAX_CONVERSATIONS = 10_000;

    /**
     * A list as shown so far: whose calls, their ids in the order numbered on the cards (every page shown),
     * and where the next page starts.
     *
     * @param next null when the list has no older calls
     */
    public record Shown(String subjectId, List<String> callIds, NextPage next) {
        public Shown {
            callIds = List.copyOf(callIds);
        }
    }

    /** What "more" asks for: the same user and window, after the cursor. */
    public record NextPage(String subjectLabel, Instant from, Instant to, int count, String cursor, String note) {
    }

    private final Map<String, Shown> byConversation = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    public synchronized void remember(String conversationId, Shown shown) {
        if (conversationId != null) {
            byConversation.put(conversationId, shown);
        }
    }

    public synchronized Optional<Shown> recall(String conversationId) {
        return Optional.ofNullable(conversationId == null ? null : byConversation.get(conversationId));
    }
}
